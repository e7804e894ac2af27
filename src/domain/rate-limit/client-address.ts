import { BlockList, isIP } from 'node:net'

/**
 * Which address a request comes from, for rate limits. The direct peer (the TCP connection's
 * address) is the only thing a client cannot forge; `X-Forwarded-For` is believed only hop by hop
 * from the right, and only while each hop was added by a proxy we trust (`TRUSTED_PROXIES`), the
 * way Express's "trust proxy" and proxy-addr read it.
 */

/** Named ranges accepted in TRUSTED_PROXIES besides addresses and CIDR blocks. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
}

/** "1.2.3.4", "[2001:db8::1]:443", "1.2.3.4:5678", "::ffff:1.2.3.4" → the bare address, IPv4-mapped IPv6 as IPv4; null if not an address. */
export function normalizeIp(text: string | null | undefined): string | null {
  let value = (text ?? '').trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)
  if (bracketed) value = bracketed[1]!
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'))
  value = value.replace(/%.*$/, '').toLowerCase() // zone index (fe80::1%eth0)
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(value)
  if (mapped) value = mapped[1]!
  return isIP(value) ? value : null
}

export type TrustedProxies = { includes: (ip: string) => boolean; entries: readonly string[] }

/**
 * Reads TRUSTED_PROXIES' entries: addresses, CIDR blocks (`10.0.0.0/8`, `2001:db8::/32`) and the
 * names `loopback` and `private`. Returns the matcher, or the entries that could not be read.
 */
export function parseTrustedProxies(
  entries: readonly string[],
): { ok: true; proxies: TrustedProxies } | { ok: false; invalid: string[] } {
  const list = new BlockList()
  const invalid: string[] = []
  for (const entry of entries) {
    for (const range of NAMED_RANGES[entry.toLowerCase()] ?? [entry]) {
      const [address, prefixText, extra] = range.split('/')
      const ip = normalizeIp(address)
      const family = ip && isIP(ip) === 6 ? 'ipv6' : 'ipv4'
      const prefix =
        prefixText === undefined
          ? family === 'ipv6'
            ? 128
            : 32
          : /^\d{1,3}$/.test(prefixText)
            ? Number(prefixText)
            : NaN
      if (!ip || extra !== undefined || !(prefix >= 0 && prefix <= (family === 'ipv6' ? 128 : 32))) {
        invalid.push(entry)
        break
      }
      list.addSubnet(ip, prefix, family)
    }
  }
  if (invalid.length) return { ok: false, invalid }
  return {
    ok: true,
    proxies: { entries: [...entries], includes: (ip) => list.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4') },
  }
}

export const NO_TRUSTED_PROXIES: TrustedProxies = { entries: [], includes: () => false }

/**
 * The client's address: the peer itself unless it is a trusted proxy; then the X-Forwarded-For
 * hops read from the right, skipping trusted proxies, up to the first one that is not (the client).
 * A hop that is not an address stops the walk at the last good one (a trusted proxy never writes
 * garbage, so it came from the client). Null when the peer is unknown: the caller then counts the
 * request in a shared "unknown" bucket, never skips its limit.
 */
export function decideClientAddress(
  request: { peer: string | null | undefined; forwardedFor: string | null | undefined },
  trusted: TrustedProxies,
): string | null {
  let client = normalizeIp(request.peer)
  if (!client) return null
  const hops = (request.forwardedFor ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  while (trusted.includes(client) && hops.length) {
    const next = normalizeIp(hops.pop())
    if (!next) break
    client = next
  }
  return client
}

/**
 * The bucket an address is counted in: an IPv4 address alone; an IPv6 address by its /64 network,
 * since a single subscriber usually holds a whole /64 and could otherwise change address at will.
 */
export function addressBucket(ip: string): string {
  if (isIP(ip) !== 6) return ip
  const [head = '', tail = ''] = ip.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
