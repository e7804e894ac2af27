import { createHmac } from 'node:crypto'

import { RATE_LIMIT, SlidingWindowLimiter } from '@/domain/tne/questionnaire'
import { env } from '@/env'

/** Answers per address, per server instance (kept in memory only: addresses are never stored). */
export const questionnaireLimiter = new SlidingWindowLimiter(RATE_LIMIT)

/** A keyed hash of the client's address (X-Forwarded-For set by the load balancer, else X-Real-IP), or null. */
export function clientKey(headers: Headers | undefined | null): string | null {
  const forwarded = headers?.get('x-forwarded-for')?.split(',')[0]?.trim() || headers?.get('x-real-ip')?.trim()
  return forwarded ? createHmac('sha256', env.PAYLOAD_SECRET).update(forwarded).digest('hex').slice(0, 32) : null
}
