import type { Instrumentation } from 'next'

/** Next.js start-up hook; the work happens in the Node.js runtime only (see instrumentation-node). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./instrumentation-node')
}

/** Every error Next.js catches while serving a request (pages, route handlers, server actions): one JSON log line. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { logRequestError } = await import('./services/logging/request-errors')
  logRequestError(error, request, context)
}
