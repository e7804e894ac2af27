/**
 * The editorial routes kept in Next's full-route cache (ISR), for `revalidatePages`. Route
 * patterns: the [site] segment is the request's host, so one call covers every site.
 */
export const EDITORIAL_PAGES = {
  'expert-articles': [
    ['/(sites)/[site]/carte-blanche', 'page'],
    ['/(sites)/[site]/carte-blanche/[slug]', 'page'],
  ],
  news: [
    ['/(sites)/[site]/actualites', 'page'],
    ['/(sites)/[site]/actualites/[slug]', 'page'],
  ],
  'workshop-kits': [['/(sites)/[site]/ressources/[slug]', 'page']],
  /** Pages, and their blocks listing the latest content. */
  pages: [
    ['/(sites)/[site]', 'page'],
    ['/(sites)/[site]/[...slug]', 'page'],
  ],
} as const satisfies Record<string, readonly (readonly [string, 'page' | 'layout'])[]>
