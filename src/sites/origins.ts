import type { Env } from '@/env'

/**
 * Origins allowed to send credentialed requests: the admin's SERVER_URL and each configured site
 * host, on SERVER_URL's scheme and port.
 */
export function allSiteOrigins(env: Env): string[] {
  const hosts = [...env.SITE_HOSTS_PROJETS, ...env.SITE_HOSTS_PARENTALITE]
  return [...new Set([new URL(env.SERVER_URL).origin, ...hosts.map((host) => siteOrigin(env, host))])]
}

/** The public origin of a site host, on SERVER_URL's scheme and port (e.g. for links in e-mails). */
export function siteOrigin(env: Env, host: string): string {
  const server = new URL(env.SERVER_URL)
  return `${server.protocol}//${host}${server.port ? `:${server.port}` : ''}`
}
