/** sitemap.xml and robots.txt of one site (its origin: the primary domain on SERVER_URL's scheme). */
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char])
}

export type SitemapEntry = { path: string; lastModified?: string | null }

export function renderSitemap(origin: string, entries: readonly SitemapEntry[]): string {
  const seen = new Set<string>()
  const urls = entries
    .filter((entry) => !seen.has(entry.path) && seen.add(entry.path))
    .map((entry) => {
      const lastmod = entry.lastModified
        ? `<lastmod>${escapeXml(new Date(entry.lastModified).toISOString())}</lastmod>`
        : ''
      return `  <url><loc>${escapeXml(origin + encodeURI(entry.path))}</loc>${lastmod}</url>`
    })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

/** Paths that robots should not crawl: private spaces, forms, search results, the admin and the API. */
export const ROBOTS_DISALLOWED = [
  '/admin',
  '/api',
  '/apercu',
  '/mon-espace',
  '/connexion',
  '/inscription',
  '/recherche',
  '/paiement-test',
  '/dons',
  '/confirmation-ecole',
]

export function renderRobots(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...ROBOTS_DISALLOWED.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n')
}
