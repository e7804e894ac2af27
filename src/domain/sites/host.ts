/**
 * Normalises a Host header (or URL host) to the bare hostname used to find a site:
 * lowercase, port and trailing dot removed. Returns null for anything that is not a hostname.
 */
export function normalizeHost(hostHeader: string | null | undefined): string | null {
  if (!hostHeader) return null
  let host = hostHeader.trim().toLowerCase()
  if (host.startsWith('[')) return null // IPv6 literals never name a site
  host = host.replace(/:\d+$/, '').replace(/\.$/, '')
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host) ? host : null
}
