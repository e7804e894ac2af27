import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import type { TestProject } from 'vitest/node'

import { createTestDatabase } from '../helpers/test-database'

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
          writeFileSync(path.join(dir, `${Date.now()}-${++count}.json`), JSON.stringify({ to, subject: mail.subject, text: mail.text }))
          done()
        })
        .catch(done)
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
const nextBin = path.resolve('node_modules/next/dist/bin/next')

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function waitForHealth(port: number, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('next start did not become healthy within 90 s')
}

/**
 * A fresh database (migrated and seeded with the demo set), a production build, and `next start`
 * in production mode on a free port, configured as production requires (no development default).
 * E2E_SKIP_BUILD=1 reuses an existing .next build.
 */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase('e2e')
  // The seed's files (pictures, receipts, kit documents) go where the server reads them.
  const uploadsDir = path.join(os.tmpdir(), `portail-e2e-uploads-${process.pid}`)
  const run = (script: string) =>
    execFileSync(process.execPath, [tsx, script], { env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: 'development', UPLOADS_DIR: uploadsDir }, stdio: ['ignore', 'ignore', 'inherit'] })
  run('scripts/migrate.ts')
  run('scripts/seed.ts')
  if (process.env.E2E_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, [nextBin, 'build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'inherit'] })
  }
  const mailDir = path.join(os.tmpdir(), `portail-e2e-mail-${process.pid}`)
  const smtp = await startSmtpSink(mailDir)
  const port = await freePort()
  const server = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      SERVER_URL: `http://localhost:${port}`,
      // Production requires SMTP: the sink above receives the mail, sent by the jobs queue run in-process.
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      JOBS_AUTORUN: 'true',
      // Payments through the local test provider, accepted in production on localhost only.
      PAYMENTS_PROVIDER: 'test',
      EMAIL_FROM_ADDRESS: 'ne-pas-repondre@portail.example',
      // Production wants S3 or a shared folder for uploads.
      UPLOADS_DIR: uploadsDir,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  try {
    await waitForHealth(port, server)
  } catch (error) {
    server.kill('SIGTERM')
    await smtp.close()
    await database.drop()
    throw error
  }
  project.provide('appPort', port)
  project.provide('mailDir', mailDir)
  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
    await smtp.close()
    await database.drop()
  }
}
