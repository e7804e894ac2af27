import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { bigint, index, integer, pgTable, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'

import { RATE_LIMITS_TABLE } from './limiters'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/**
 * The PostgreSQL store's table, in the shape rate-limiter-flexible's RateLimiterPostgres uses
 * (key, points, expire in epoch milliseconds), declared in Payload's schema so that a generated
 * migration creates it: production never creates schema outside migrations. The index serves the
 * deletion of expired rows.
 */
export const addRateLimitsTable: SchemaHook = ({ schema }) => {
  schema.tables[RATE_LIMITS_TABLE] = pgTable(
    RATE_LIMITS_TABLE,
    {
      key: varchar('key', { length: 255 }).primaryKey(),
      points: integer('points').notNull().default(0),
      expire: bigint('expire', { mode: 'number' }),
    },
    (table) => [index('rate_limits_expire_idx').on(table.expire)],
  )
  return schema
}
