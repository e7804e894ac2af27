import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { createTestDatabase } from '../helpers/test-database'

declare module 'vitest' {
  export interface ProvidedContext {
    appPort: number
  }
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
  const run = (script: string) =>
    execFileSync(process.execPath, [tsx, script], { env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: 'development' }, stdio: ['ignore', 'ignore', 'inherit'] })
  run('scripts/migrate.ts')
  run('scripts/seed.ts')
  if (process.env.E2E_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, [nextBin, 'build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'inherit'] })
  }
  const port = await freePort()
  const server = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      SERVER_URL: `http://localhost:${port}`,
      // Production requires SMTP; nothing in these tests sends mail, so nothing listens there.
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(await freePort()),
      EMAIL_FROM_ADDRESS: 'ne-pas-repondre@portail.example',
      // Production wants S3 or a shared folder for uploads.
      UPLOADS_DIR: path.join(os.tmpdir(), `portail-e2e-uploads-${process.pid}`),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  try {
    await waitForHealth(port, server)
  } catch (error) {
    server.kill('SIGTERM')
    await database.drop()
    throw error
  }
  project.provide('appPort', port)
  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
    await database.drop()
  }
}
