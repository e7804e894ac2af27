import {
  NO_TRUSTED_PROXIES,
  type TrustedProxies,
  addressBucket,
  decideClientAddress,
  normalizeIp,
  parseTrustedProxies,
} from '@/domain/rate-limit/client-address'
import { env } from '@/env'
import { writeLogLine } from '@/services/logging/log-line'

import { PEER_HEADER, isPeerHeaderInstalled } from './peer-header'

let trusted: TrustedProxies | null = null
function trustedProxies(): TrustedProxies {
  if (!trusted) {
    const parsed = parseTrustedProxies(env.TRUSTED_PROXIES)
    trusted = parsed.ok ? parsed.proxies : NO_TRUSTED_PROXIES // refused by src/env.ts at start anyway
  }
  return trusted
}

const WARNED = Symbol.for('portail.clientAddressWarned')
const holder = globalThis as Record<symbol, unknown>

function warnOnce(kind: string, message: string, fields: Record<string, unknown> = {}): void {
  const warned = (holder[WARNED] ??= new Set<string>()) as Set<string>
  if (warned.has(kind)) return
  warned.add(kind)
  writeLogLine('warn', message, fields)
}

/**
 * The rate-limit key of the request's client: its address (an IPv6 one by /64), read through the
 * trusted proxies only; null when the peer is not known (counted in the shared "unknown" bucket).
 */
export function clientAddress(headers: Headers | null | undefined): string | null {
  const peer = isPeerHeaderInstalled() ? headers?.get(PEER_HEADER) : null
  const forwardedFor = headers?.get('x-forwarded-for')
  const address = decideClientAddress({ peer, forwardedFor }, trustedProxies())
  if (!address) {
    warnOnce(
      'unknown',
      'Adresse du client inconnue : ces requêtes partagent un même compteur de limites de débit (voir README, « Rate limits and sign-in »).',
    )
    return null
  }
  // Next.js fills X-Forwarded-For with the peer itself when a request has none: only another value means a proxy (or a forger).
  if (!trustedProxies().entries.length && forwardedFor && normalizeIp(forwardedFor.split(',').at(-1)) !== address) {
    warnOnce(
      'untrusted-forwarded',
      'X-Forwarded-For ignoré : aucun proxy de confiance (TRUSTED_PROXIES). Derrière un répartiteur de charge, déclarez-le, sinon tous les visiteurs partagent ses compteurs.',
      { peer },
    )
  }
  return addressBucket(address)
}
