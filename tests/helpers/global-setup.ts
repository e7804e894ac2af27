import type { TestProject } from 'vitest/node'

import { runScript } from '../e2e/server'
import { createTestDatabase } from './test-database'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

/**
 * Once per `npm test`: a fresh database, then `npm run migrate` on it (the committed migrations,
 * never a dev push, and the reference data every test relies on). Dropped at the end.
 *
 * The migration runs in a child process: importing the Payload config dynamically inside Vite's
 * module runner (where global setup runs) sometimes never settles.
 */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase('test')
  project.provide('databaseUrl', database.url)
  try {
    // Run once more if Node ends it with an await pending (exit code 13, see runScript).
    runScript('migrate', { ...process.env, DATABASE_URL: database.url, NODE_ENV: 'test' })
  } catch (error) {
    await database.drop()
    throw error
  }
  return async () => {
    await database.drop()
  }
}
