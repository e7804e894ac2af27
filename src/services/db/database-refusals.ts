import { APIError, type BaseDatabaseAdapter, type DatabaseAdapterObj } from 'payload'

import { databaseRefusalMessage } from '@/domain/api/database-refusal'

/** The adapter's methods that run a query built from what a client sent (ids, where, sort, data). */
const QUERY_METHODS = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
  'updateGlobal',
  'updateGlobalVersion',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/**
 * Payload's database adapter, with a value the database refuses ("abc" for an integer, an id out
 * of range, a NUL character, a negative offset…) thrown as a 400 APIError with a French message
 * (src/domain/api/database-refusal.ts) instead of the driver's error: REST, GraphQL and the Local
 * API then answer and log it as a refusal, not as a 500 with a stack trace. The request guard and
 * the query hook refuse the usual cases first, with the parameter named; this is the safety net
 * for any other field and operator. Every other database error passes unchanged.
 */
export function withDatabaseRefusals<T extends BaseDatabaseAdapter>(
  adapter: DatabaseAdapterObj<T>,
): DatabaseAdapterObj<T> {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const methods = db as unknown as Record<string, unknown>
      for (const name of QUERY_METHODS) {
        const method = methods[name]
        if (typeof method !== 'function') continue
        methods[name] = async function (this: unknown, ...params: unknown[]) {
          try {
            return await method.apply(this ?? db, params)
          } catch (error) {
            const message = databaseRefusalMessage(error)
            if (message) throw new APIError(message, 400, undefined, true)
            throw error
          }
        }
      }
      return db
    },
  }
}
