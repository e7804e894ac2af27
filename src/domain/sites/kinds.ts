/**
 * The kinds of site the portal has pages for: the crowdfunding site and the TNE site. A site (a
 * tenant) is of a kind when its slug names it; any other site (a third programme) is a plain site
 * of pages, news and content sections, served by the routes every site shares. The one place these
 * names are written: everything else (pages' route groups, links in e-mails, the seed) names them
 * through SITE_KINDS.
 */
export const SITE_KINDS = {
  /** Crowdfunding of school projects: catalogue, giving, teachers' and donors' space, sponsors. */
  projets: 'projets',
  /** Territoires numériques éducatifs, "Parentalité et Numérique": agenda, territories, questionnaires. */
  parentalite: 'parentalite',
} as const

export type SiteKind = (typeof SITE_KINDS)[keyof typeof SITE_KINDS]

const KINDS: readonly string[] = Object.values(SITE_KINDS)

/** The kind of a site from its tenant's slug, or null for a site of no particular kind. */
export function siteKindOf(slug: string): SiteKind | null {
  return KINDS.includes(slug) ? (slug as SiteKind) : null
}
