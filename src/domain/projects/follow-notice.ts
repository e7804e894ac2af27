/**
 * After following or unfollowing a project, its page shows what happened. The project page is
 * cached for everyone, so it never reads the visitor: `/projets/<slug>?suivi=oui` is rewritten
 * (src/proxy.ts) to its own cached page, `/projets/<slug>/suivi/oui`, which adds the message.
 */
export const FOLLOW_NOTICES = {
  oui: 'Vous suivez ce projet : ses actualités publiques vous seront envoyées par e-mail. Vous retrouvez les projets suivis dans « Mon espace ».',
  non: 'Vous ne suivez plus ce projet : ses actualités ne vous seront plus envoyées.',
} as const

export type FollowNotice = keyof typeof FOLLOW_NOTICES

export const isFollowNotice = (value: string | null | undefined): value is FollowNotice =>
  value === 'oui' || value === 'non'

/** The path a project page with a follow notice is served from, or null for any other request. */
export function followNoticePath(pathname: string, search: URLSearchParams): string | null {
  const notice = search.get('suivi')
  if (!isFollowNotice(notice)) return null
  const match = /^\/projets\/([^/]+)$/.exec(pathname)
  return match && match[1] !== 'recherche' ? `/projets/${match[1]}/suivi/${notice}` : null
}
