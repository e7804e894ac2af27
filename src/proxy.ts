import { type NextRequest, NextResponse } from 'next/server'

import { catalogueHref, parseCatalogueQuery } from '@/domain/projects/catalogue-query'
import { followNoticePath } from '@/domain/projects/follow-notice'
import { normalizeHost } from '@/domain/sites/host'
import { retryAfterSeconds, settledAvailability } from '@/services/availability/state'
import { REQUEST_ID_HEADER, requestIdOf } from '@/services/logging/request-id'
import { unavailablePageHtml } from '@/ui/unavailable-page'

/** The path under app/(sites)/[site] that serves a public request: /<hostname>/<path>. */
function sitePath(request: NextRequest): URL {
  const host = normalizeHost(request.headers.get('host')) ?? 'hote-invalide'
  const url = request.nextUrl.clone()
  if (request.nextUrl.pathname === '/projets' && request.nextUrl.search) {
    // The catalogue's filters go into the path, canonicalised, so that each result page is cached (ISR).
    const canonical = catalogueHref(parseCatalogueQuery(Object.fromEntries(request.nextUrl.searchParams))).split('?')[1]
    url.pathname = `/${encodeURIComponent(host)}/projets${canonical ? `/recherche/${encodeURIComponent(canonical)}` : ''}`
    url.search = ''
    return url
  }
  const notice = followNoticePath(request.nextUrl.pathname, request.nextUrl.searchParams)
  if (notice) {
    // A project page with the message of a follow or unfollow: its own cached page.
    url.pathname = `/${encodeURIComponent(host)}${notice}`
    url.search = ''
    return url
  }
  url.pathname = `/${encodeURIComponent(host)}${request.nextUrl.pathname === '/' ? '' : request.nextUrl.pathname}`
  return url
}

/**
 * Every public request: host → site, the request's id, and a 503 while the database is unreachable.
 * - Host → site: every public path is rewritten to /<hostname>/<path>, served by app/(sites)/[site],
 *   which finds the tenant whose domains include that hostname (404 if none).
 * - Request id: the incoming `x-request-id` (or a new one) is passed to the page, for its error log
 *   lines (src/instrumentation.ts), and returned in the response.
 * - While this instance cannot reach its database (src/services/availability: at start until it
 *   answers, and after two failed probes), a static French page with 503 and Retry-After, without
 *   rendering anything.
 * The admin, the API, the admin's previews (/apercu) and Next's own assets are served on every host, untouched.
 */
export async function proxy(request: NextRequest) {
  const requestId = requestIdOf(request.headers.get(REQUEST_ID_HEADER))
  if ((await settledAvailability()).state === 'unavailable') {
    return new NextResponse(request.method === 'HEAD' ? null : unavailablePageHtml(request.nextUrl.pathname + request.nextUrl.search), {
      status: 503,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(retryAfterSeconds()), 'Cache-Control': 'no-store', [REQUEST_ID_HEADER]: requestId },
    })
  }
  const headers = new Headers(request.headers)
  headers.set(REQUEST_ID_HEADER, requestId)
  const response = NextResponse.rewrite(sitePath(request), { request: { headers } })
  response.headers.set(REQUEST_ID_HEADER, requestId)
  return response
}

export const config = {
  matcher: ['/((?!admin/|admin$|api/|api$|apercu/|_next/|favicon\\.ico$).*)'],
}
