/**
 * `tsx tests/e2e/prepare.ts FILE`: the browser tests' database, made ahead (CI runs it beside
 * `npm test`): a fresh database on DATABASE_URL's server, migrated and seeded with the demo set, its
 * files in a new uploads folder. Writes E2E_DATABASE_URL and E2E_UPLOADS_DIR to FILE for
 * tests/e2e/global-setup.ts, which drops the database at the end.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createTestDatabase } from '../helpers/test-database'

import { seedDatabase } from './server'

const file = process.argv[2]
if (!file || !process.env.DATABASE_URL) {
  // An embedded server would stop with this process: the global setup makes its own then.
  console.error('usage: DATABASE_URL=… tsx tests/e2e/prepare.ts FILE')
  process.exit(2)
}
const database = await createTestDatabase('e2e')
const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-e2e-uploads-'))
try {
  seedDatabase(database.url, uploadsDir)
} catch (error) {
  await database.drop()
  throw error
}
fs.writeFileSync(file, `E2E_DATABASE_URL=${database.url}\nE2E_UPLOADS_DIR=${uploadsDir}\n`)
