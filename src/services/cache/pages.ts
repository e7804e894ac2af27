/**
 * The public pages kept in Next's full-route cache (ISR), for `revalidatePages`. Paths are route
 * patterns: the [site] segment is the request's host (src/proxy.ts), so one call covers every site;
 * route groups are part of them (a page of one kind of site sits under `(projets)` or `(parentalite)`).
 */
export const CACHED_PAGES = {
  /**
   * Every public project page (src/app/(sites)/[site]/(projets)/projets/[slug]/page.tsx) and the pages under
   * it, such as the same page with a follow notice (…/[slug]/suivi/[etat]).
   */
  projects: ['/(sites)/[site]/(projets)/projets/[slug]', 'layout'] as [string, 'layout'],
  catalogue: ['/(sites)/[site]/(projets)/projets', 'page'] as [string, 'page'],
  filteredCatalogue: ['/(sites)/[site]/(projets)/projets/recherche/[query]', 'page'] as [string, 'page'],
  /** The yearly activity report's page (src/app/(sites)/[site]/(projets)/chiffres-cles/rapport/[annee]/page.tsx). */
  activityReport: ['/(sites)/[site]/(projets)/chiffres-cles/rapport/[annee]', 'page'] as [string, 'page'],
  /** Everything under the sites' root layout (a site's name, theme or navigation changed). */
  all: ['/', 'layout'] as [string, 'layout'],
}
