import { type NextRequest, NextResponse } from 'next/server'

import { catalogueHref, parseCatalogueQuery } from '@/domain/projects/catalogue-query'
import { followNoticePath } from '@/domain/projects/follow-notice'
import { normalizeHost } from '@/domain/sites/host'

/**
 * Host → site: every public path is rewritten to /<hostname>/<path>, served by
 * app/(sites)/[site], which finds the tenant whose domains include that hostname (404 if none).
 * The admin, the API, the admin's previews (/apercu) and Next's own assets are served on every host, untouched.
 */
export function proxy(request: NextRequest) {
  const host = normalizeHost(request.headers.get('host')) ?? 'hote-invalide'
  const url = request.nextUrl.clone()
  if (request.nextUrl.pathname === '/projets' && request.nextUrl.search) {
    // The catalogue's filters go into the path, canonicalised, so that each result page is cached (ISR).
    const canonical = catalogueHref(parseCatalogueQuery(Object.fromEntries(request.nextUrl.searchParams))).split('?')[1]
    url.pathname = `/${encodeURIComponent(host)}/projets${canonical ? `/recherche/${encodeURIComponent(canonical)}` : ''}`
    url.search = ''
    return NextResponse.rewrite(url)
  }
  const notice = followNoticePath(request.nextUrl.pathname, request.nextUrl.searchParams)
  if (notice) {
    // A project page with the message of a follow or unfollow: its own cached page.
    url.pathname = `/${encodeURIComponent(host)}${notice}`
    url.search = ''
    return NextResponse.rewrite(url)
  }
  url.pathname = `/${encodeURIComponent(host)}${request.nextUrl.pathname === '/' ? '' : request.nextUrl.pathname}`
  return NextResponse.rewrite(url)
}

export const config = {
  matcher: ['/((?!admin/|admin$|api/|api$|apercu/|_next/|favicon\\.ico$).*)'],
}
