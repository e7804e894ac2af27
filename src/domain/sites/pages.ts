/** Slug of the page shown at "/" on each site. */
export const HOME_SLUG = 'accueil'
