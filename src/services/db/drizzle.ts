import { type ExtractTablesWithRelations, type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { NodePgQueryResultHKT } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { type AnyPgColumn, type PgDatabase, PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload, PayloadRequest } from 'payload'
import type { QueryResult, QueryResultRow } from 'pg'

import type * as schema from '@/payload-generated-schema'

type Schema = typeof schema

/**
 * A Drizzle database or transaction typed by Payload's generated schema (src/payload-generated-schema.ts,
 * `npm run generate:db-schema`): queries are written against its tables, so a renamed field fails `tsc`.
 */
export type Db = PgDatabase<NodePgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>

/** Payload's own Drizzle, on its pool: one statement, outside any transaction. */
export const drizzleOf = (payload: Payload): Db => payload.db.drizzle as unknown as Db

/**
 * Runs `work` in one transaction on a connection of Payload's pool, for the paths where the Local API is
 * too slow (gifts, payment confirmations): commits, or rolls back on error.
 */
export function inDbTransaction<T>(payload: Payload, work: (tx: Db) => Promise<T>): Promise<T> {
  return drizzleOf(payload).transaction((tx) => work(tx))
}

/**
 * The Drizzle transaction of a Payload request (a hook, or `withLockedProject`), so that what is written
 * commits or rolls back with the operation. Refuses to run outside one.
 */
export async function reqDb(payload: Payload, req: PayloadRequest): Promise<Db> {
  const id = await req.transactionID
  const session =
    id === undefined
      ? undefined
      : (payload.db as unknown as { sessions: Record<string, { db: Db }> }).sessions[String(id)]
  if (!session) throw new Error('reqDb needs a request inside a transaction')
  return session.db
}

const dialect = new PgDialect()

/** A column's bare name, for the places SQL wants it unqualified (`SET`, an `INSERT`'s column list). */
export const column = (c: AnyPgColumn) => sql.identifier(c.name)

/**
 * A statement written with `sql` against the generated schema (one Drizzle's builders cannot express,
 * e.g. data-modifying CTEs), prepared once per connection under `name` (planned once) and run in `db`.
 */
export function runNamed<Row>(db: Db, name: string, query: SQL): Promise<QueryResult<Row & QueryResultRow>> {
  return db._.session
    .prepareQuery<{ execute: QueryResult<Row & QueryResultRow>; all: unknown; values: unknown }>(
      dialect.sqlToQuery(query),
      undefined,
      name,
      false,
    )
    .execute()
}

/** A statement written for `pg` (`$1`, `$2`… placeholders) as Drizzle SQL: each placeholder a bound parameter, never text. */
export const pgText = (text: string, params: readonly unknown[] = []): SQL =>
  sql.join(
    text
      .split(/(\$\d+)/)
      .map((part) => (/^\$\d+$/.test(part) ? sql`${params[Number(part.slice(1)) - 1]}` : sql.raw(part))),
  )

/** Raw statements written for `pg`, run in `db` (a transaction's, or Payload's): for the reads that stay in SQL text (each says why). */
export type Query = (text: string, params?: readonly unknown[]) => Promise<QueryResult<QueryResultRow>>
export const queryOn =
  (db: Db): Query =>
  (text, params) =>
    db.execute<QueryResultRow>(pgText(text, params))
