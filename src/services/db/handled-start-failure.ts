import type { DatabaseAdapterObj } from 'payload'

type WithInitializing = { initializing?: Promise<unknown> }

/**
 * Payload's Postgres adapter, minus one unhandled rejection: when it cannot connect at start, it
 * rejects a promise (`initializing`) that nothing awaits then, which Node reports as an unhandled
 * rejection (Next prints "unhandledRejection: undefined") at every attempt. The connection error
 * itself is thrown by getPayload, logged by Payload, and turned into a 503 by
 * getPayloadOrUnavailable; a transaction begun later still awaits the promise and sees the failure.
 */
export function withHandledStartFailure<T extends WithInitializing>(
  adapter: DatabaseAdapterObj<T>,
): DatabaseAdapterObj<T> {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      db.initializing?.catch(() => undefined)
      return db
    },
  }
}
