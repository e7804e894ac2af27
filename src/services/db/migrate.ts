import pg from 'pg'
import type { Migration, Payload } from 'payload'

import { migrations } from '@/migrations'

/** Any constant: the key of the PostgreSQL advisory lock that serialises migrations. */
const MIGRATION_LOCK_KEY = 732_019_451

/**
 * Applies the committed migrations that have not run yet. Several instances may start at once:
 * an advisory lock makes the second one wait, then find nothing left to do.
 */
export async function applyMigrations(payload: Payload, databaseUrl: string): Promise<void> {
  const lock = new pg.Client({ connectionString: databaseUrl })
  await lock.connect()
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    // The generated index types each migration with the adapter's own argument types.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  } finally {
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
