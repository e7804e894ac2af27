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
// Tests run the jobs queue themselves (`payload.jobs.run`). Without this, the first request through
// Payload's REST handler (which asks for `cron: true`) would start the queue's 10-second cron too, and
// a job could be run and deleted by the cron while a test runs it (a flaky "reading 'log'" of null).
process.env.JOBS_AUTORUN = 'false'
