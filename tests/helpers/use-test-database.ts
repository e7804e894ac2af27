import os from 'node:os'
import path from 'node:path'

import { inject } from 'vitest'

// Before any test module imports the Payload config (and with it src/env.ts).
process.env.DATABASE_URL = inject('databaseUrl')
// Uploaded test pictures go to a throw-away folder, not the development one.
process.env.UPLOADS_DIR = path.join(os.tmpdir(), `portail-test-uploads-${process.pid}`)
// Stripe "configured" (never called: tests pay through the test provider) so that the webhook
// endpoint can be driven with signed fixtures.
process.env.STRIPE_SECRET_KEY = 'sk_test_integration_never_called'
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_integration_tests'
