/** What the origins are built from: the admin's address and each site's hosts (env's fields). */
export type OriginSettings = {
  SERVER_URL: string
  SITE_HOSTS_PROJETS: readonly string[]
  SITE_HOSTS_PARENTALITE: readonly string[]
}

/**
 * Origins allowed to send credentialed requests: the admin's SERVER_URL and each configured site
 * host, on SERVER_URL's scheme and port.
 */
export function allSiteOrigins(settings: OriginSettings): string[] {
  const hosts = [...settings.SITE_HOSTS_PROJETS, ...settings.SITE_HOSTS_PARENTALITE]
  return [...new Set([new URL(settings.SERVER_URL).origin, ...hosts.map((host) => siteOrigin(settings, host))])]
}

/** The public origin of a site host, on SERVER_URL's scheme and port (e.g. for links in e-mails). */
export function siteOrigin(settings: Pick<OriginSettings, 'SERVER_URL'>, host: string): string {
  const server = new URL(settings.SERVER_URL)
  return `${server.protocol}//${host}${server.port ? `:${server.port}` : ''}`
}
