import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import type { TestProject } from 'vitest/node'

import { createTestDatabase, dropTestDatabase } from '../helpers/test-database'

import { buildApp, freePort, productionEnv, seedDatabase, startApp } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    appPort: number
    /** Where the SMTP sink writes each e-mail the app sends, as JSON ({ to, subject, text }). */
    mailDir: string
  }
}

/** A local SMTP server standing in for the real one: the app sends through it as in production. */
async function startSmtpSink(dir: string): Promise<{ port: number; close: () => Promise<void> }> {
  mkdirSync(dir, { recursive: true })
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          const to = [mail.to].flat().flatMap((a) => a?.value.map((v) => v.address) ?? [])
          writeFileSync(
            path.join(dir, `${Date.now()}-${++count}.json`),
            JSON.stringify({ to, subject: mail.subject, text: mail.text }),
          )
          done()
        })
        .catch(done)
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/**
 * A fresh database (migrated and seeded with the demo set), a production build, and `next start`
 * in production mode on a free port, configured as production requires (no development default).
 * E2E_SKIP_BUILD=1 reuses an existing .next build. E2E_DATABASE_URL and E2E_UPLOADS_DIR use a
 * database and uploads seeded beforehand by tests/e2e/prepare.ts (CI prepares them beside
 * `npm test`); the database is dropped at the end all the same.
 */
export default async function setup(project: TestProject) {
  const prepared = process.env.E2E_DATABASE_URL
  const database = prepared
    ? { url: prepared, drop: () => dropTestDatabase(prepared) }
    : await createTestDatabase('e2e')
  // The seed's files (pictures, receipts, kit documents) go where the server reads them.
  const uploadsDir = process.env.E2E_UPLOADS_DIR ?? path.join(os.tmpdir(), `portail-e2e-uploads-${process.pid}`)
  if (!prepared) seedDatabase(database.url, uploadsDir)
  if (process.env.E2E_SKIP_BUILD !== '1') buildApp()
  const mailDir = path.join(os.tmpdir(), `portail-e2e-mail-${process.pid}`)
  const smtp = await startSmtpSink(mailDir)
  const port = await freePort()
  // Production requires SMTP: the sink above receives the mail, sent by the jobs queue run in-process.
  const env = productionEnv({
    port,
    databaseUrl: database.url,
    smtpPort: smtp.port,
    uploadsDir,
    extra: { JOBS_AUTORUN: 'true' },
  })
  let server: Awaited<ReturnType<typeof startApp>>
  try {
    server = await startApp(port, env)
  } catch (error) {
    await smtp.close()
    await database.drop()
    throw error
  }
  project.provide('appPort', port)
  project.provide('mailDir', mailDir)
  return async () => {
    await server.stop()
    await smtp.close()
    await database.drop()
  }
}
