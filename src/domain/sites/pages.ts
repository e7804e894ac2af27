/** Slug of the page shown at "/" on each site. */
export const HOME_SLUG = 'accueil'

/** Pages every site must have: their public URLs are fixed by domain.md. */
export const REQUIRED_PAGE_SLUGS = [HOME_SLUG, 'contact', 'mentions-legales', 'accessibilite'] as const
