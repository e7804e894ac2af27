/** Slug of the page shown at "/" on each site. */
export const HOME_SLUG = 'accueil'

type NavLink = { url: string }

/**
 * Whether a site offers a section: its navigation links to it. A section a site offers shows an
 * empty state while it has nothing to list; another site's section is a 404 there.
 */
export function offersSection(
  navigation: { headerNav?: NavLink[] | null; footerNav?: NavLink[] | null } | null | undefined,
  path: string,
): boolean {
  return [...(navigation?.headerNav ?? []), ...(navigation?.footerNav ?? [])].some(
    (link) => link.url === path || link.url.startsWith(`${path}?`),
  )
}
