import { inject } from 'vitest'

// Before any test module imports the Payload config (and with it src/env.ts).
process.env.DATABASE_URL = inject('databaseUrl')
