/** The public path of each kind of editorial content (domain.md, "Public URLs are French and stable"). */
export const CONTENT_SECTIONS = {
  'expert-articles': '/carte-blanche',
  'workshop-kits': '/ressources',
  news: '/actualites',
} as const

export type ContentCollection = keyof typeof CONTENT_SECTIONS | 'pages'

export const CONTENT_LABELS: Record<ContentCollection | 'projects', string> = {
  'expert-articles': 'Carte blanche',
  'workshop-kits': 'Ressource',
  news: 'Actualité',
  pages: 'Page',
  projects: 'Projet',
}

/** Home page slug (kept in sync with src/domain/sites/pages.ts). */
const HOME = 'accueil'

/**
 * Public path of a document. Pages: their nested path (breadcrumbs of plugin-nested-docs,
 * e.g. /ressources-utiles/guides) or /<slug>; the home page is "/".
 */
export function contentPath(
  collection: ContentCollection | 'projects',
  doc: { slug?: string | null; breadcrumbs?: readonly { url?: string | null }[] | null },
): string {
  const slug = doc.slug ?? ''
  if (collection === 'projects') return `/projets/${slug}`
  if (collection === 'pages') {
    if (slug === HOME) return '/'
    const nested = doc.breadcrumbs?.at(-1)?.url
    return nested || `/${slug}`
  }
  return `${CONTENT_SECTIONS[collection]}/${slug}`
}

/** The nested URL of a page from its ancestors' slugs and its own (plugin-nested-docs' generateURL). */
export function nestedPagePath(slugs: readonly (string | null | undefined)[]): string {
  const parts = slugs.filter((s): s is string => Boolean(s))
  if (parts.length === 1 && parts[0] === HOME) return '/'
  return `/${parts.join('/')}`
}
