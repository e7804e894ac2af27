import { type Config, defaultLoggerOptions } from 'payload'

import { currentRequestId } from './request-context'
import { errorLevelOf } from './severity'

type LoggerConfig = Extract<NonNullable<Config['logger']>, { options: unknown }>
type LogArgs = unknown[]

/** The error a log call is about: `logger.error(err)` or `logger.error({ err, … }, msg?)`. */
const errorIn = (args: LogArgs): unknown =>
  args[0] instanceof Error ? args[0] : (args[0] as { err?: unknown } | null)?.err

/**
 * A refusal logged at error level (Payload logs every APIError so, whatever its status) is
 * rewritten as one `info` line without the stack trace. Payload's `loggingLevels` cannot say it:
 * it is keyed by the error's class, and an APIError is a 400 as well as a 500.
 */
function asRefusal(args: LogArgs): Record<string, unknown> | null {
  const error = errorIn(args)
  if (!(error instanceof Error) || errorLevelOf(error) !== 'info') return null
  const fields = args[0] instanceof Error ? {} : { ...(args[0] as Record<string, unknown>) }
  delete fields.err
  return {
    ...fields,
    error: error.name,
    status: (error as { status?: number }).status,
    msg: typeof args[1] === 'string' ? args[1] : error.message,
  }
}

/**
 * Payload's logger (pino): in production and tests one JSON line per entry on stdout (`level` as a
 * word, `time` in ISO 8601, `requestId` of the request being served), pretty lines in development.
 * Request errors: failures at `error` with the stack trace, refusals (4xx) at `info` without it.
 */
export function payloadLogger({
  json,
  write = (line) => process.stdout.write(line),
}: {
  json: boolean
  write?: (line: string) => unknown
}): LoggerConfig {
  return {
    options: {
      level: 'info',
      ...(json
        ? {
            timestamp: () => `,"time":"${new Date().toISOString()}"`,
            formatters: { level: (label: string) => ({ level: label }) },
          }
        : {}),
      mixin: () => {
        const requestId = currentRequestId()
        return requestId ? { requestId } : {}
      },
      hooks: {
        logMethod(args, method, level) {
          const refusal = level >= 50 ? asRefusal(args) : null
          if (refusal) return this.info(refusal)
          return method.apply(this, args)
        },
      },
    },
    destination: json ? { write } : defaultLoggerOptions,
  }
}
