import type { Env } from '@/env'

/**
 * Origins allowed to send credentialed requests: the admin's SERVER_URL and each configured site
 * host, on SERVER_URL's scheme and port.
 */
export function allSiteOrigins(env: Env): string[] {
  const server = new URL(env.SERVER_URL)
  const hosts = [...env.SITE_HOSTS_PROJETS, ...env.SITE_HOSTS_PARENTALITE]
  const origins = hosts.map((host) => `${server.protocol}//${host}${server.port ? `:${server.port}` : ''}`)
  return [...new Set([server.origin, ...origins])]
}
