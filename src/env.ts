/**
 * The only module that reads `process.env`. Everything else imports `env` from here.
 *
 * Development defaults (embedded PostgreSQL, generated secret, file outbox, test payment provider)
 * exist only when NODE_ENV is not `production`; in production a missing value stops the start.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { type Env, parseEnv } from './env-schema'

export { EMBEDDED_DATABASE_NAME, EnvError, type Env } from './env-schema'

export const DATA_DIR = path.resolve(process.cwd(), '.data')

/** Development only: a secret generated once and kept in .data/payload-secret. */
function readOrCreateDevSecret(): string {
  const file = path.join(DATA_DIR, 'payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(DATA_DIR, { recursive: true, mode: 0o755 })
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

export const env: Env = parseEnv(process.env, readOrCreateDevSecret)
