import pg from 'pg'
import type { Migration, Payload } from 'payload'

import { migrations } from '@/migrations'

/** Any constant: the key of the PostgreSQL advisory lock that serialises migrations. */
const MIGRATION_LOCK_KEY = 732_019_451

/**
 * Applies the committed migrations that have not run yet, then `afterwards` (the data every
 * deployment needs), both under one advisory lock: when several instances start at once, the second
 * waits, then finds nothing left to do.
 */
export async function applyMigrations<T = void>(
  payload: Payload,
  databaseUrl: string,
  afterwards?: () => Promise<T>,
): Promise<T | undefined> {
  const lock = new pg.Client({ connectionString: databaseUrl })
  await lock.connect()
  try {
    // SQL text: the migrations' advisory lock, on its own connection before any schema exists.
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    // The generated index types each migration with the adapter's own argument types.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    return await afterwards?.()
  } finally {
    // SQL text: the migrations' advisory lock, on its own connection before any schema exists.
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined)
    await lock.end()
  }
}

/** Names of the committed migrations not yet run on this database (for read-only scripts, which do not migrate). */
export async function pendingMigrations(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false, depth: 0 })
  const done = new Set(docs.map((m) => m.name))
  return migrations.map((m) => m.name).filter((name) => !done.has(name))
}
