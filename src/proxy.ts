import { LRUCache } from 'lru-cache'
import { type NextRequest, NextResponse } from 'next/server'

import { catalogueHref, parseCatalogueQuery } from '@/domain/projects/catalogue-query'
import { followNoticePath } from '@/domain/projects/follow-notice'
import { isCrossOriginPost } from '@/domain/security/cross-origin'
import {
  type HeaderSettings,
  type Surface,
  cspHeaderName,
  dynamicSecurityHeaders,
  surfaceOf,
} from '@/domain/security/headers'
import { normalizeHost } from '@/domain/sites/host'
import { keyFiguresQuery } from '@/domain/statistics/periods'
import { env } from '@/env'
import { retryAfterSeconds, settledAvailability } from '@/services/availability/state'
import { REQUEST_ID_HEADER, requestIdOf } from '@/services/logging/request-id'
import { crossSitePostPageHtml } from '@/ui/refused-request-page'
import { unavailablePageHtml } from '@/ui/unavailable-page'

const headerSettings: HeaderSettings = {
  serverUrl: env.SERVER_URL,
  mapTileUrl: env.MAP_TILE_URL,
  development: env.NODE_ENV === 'development',
}

/** A fresh nonce for the admin's inline scripts (128 random bits, base64). */
function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
}

/** The response with the security headers of its surface (the static ones come from next.config.ts). */
function secured<R extends Response>(response: R, surface: Surface, nonce?: string): R {
  for (const [name, value] of Object.entries(dynamicSecurityHeaders(surface, headerSettings, nonce)))
    response.headers.set(name, value)
  return response
}

/**
 * The catalogue queries asked on this instance in the last 10 minutes (canonical query strings).
 * Cache on second hit: a query's first request is rendered on demand and not stored (its results are
 * still kept in memory), and only a query asked again goes to the page cache (ISR). Storing a page
 * costs more than rendering it (Next.js serialises it again per segment), and crawlers walk
 * thousands of filter combinations once each: stored, those would also push the pages people read out
 * of the cache's bounded memory (issue 18).
 */
const askedQueries = new LRUCache<string, true>({ max: 10_000, ttl: 10 * 60_000 })

/** The path under app/(sites)/[site] that serves a public request: /<hostname>/<path>. */
function sitePath(request: NextRequest): URL {
  const host = normalizeHost(request.headers.get('host')) ?? 'hote-invalide'
  const url = request.nextUrl.clone()
  if (request.nextUrl.pathname === '/projets' && request.nextUrl.search) {
    // The catalogue's filters go into the path, canonicalised, so that a result page can be cached (ISR),
    // from its second request on (see askedQueries).
    const canonical = catalogueHref(parseCatalogueQuery(Object.fromEntries(request.nextUrl.searchParams))).split('?')[1]
    let route = ''
    if (canonical) {
      route = `/${askedQueries.has(canonical) ? 'recherche' : 'recherche-a-la-demande'}/${encodeURIComponent(canonical)}`
      askedQueries.set(canonical, true)
    }
    url.pathname = `/${encodeURIComponent(host)}/projets${route}`
    url.search = ''
    return url
  }
  if (request.nextUrl.pathname === '/chiffres-cles' && request.nextUrl.search) {
    // The same for the key figures' period (one cached page per canonical period).
    const canonical = keyFiguresQuery(request.nextUrl.searchParams)
    url.pathname = `/${encodeURIComponent(host)}/chiffres-cles${canonical ? `/periode/${encodeURIComponent(canonical)}` : ''}`
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
 * Every request but the API's and Next's assets:
 * - Cross-site writes: a POST (a server action, the admin's too) whose `Origin` is not the
 *   request's host is refused with a French 403 page (Next.js would answer 500), see
 *   src/domain/security/cross-origin.ts.
 * - Security headers: the Content-Security-Policy of the public sites or of the admin (with a nonce
 *   per request, passed to Next.js in the request's headers so that it marks its inline scripts),
 *   and HSTS when SERVER_URL is https (src/domain/security/headers.ts).
 * - The admin and its previews (/apercu) are otherwise served untouched, on every host.
 * Public requests, besides:
 * - Host → site: every public path is rewritten to /<hostname>/<path>, served by app/(sites)/[site],
 *   which finds the tenant whose domains include that hostname (404 if none).
 * - Request id: the incoming `x-request-id` (or a new one) is passed to the page, for its error log
 *   lines (src/instrumentation.ts), and returned in the response.
 * - While this instance cannot reach its database (src/services/availability: at start until it
 *   answers, and after two failed probes), a static French page with 503 and Retry-After, without
 *   rendering anything.
 */
export async function proxy(request: NextRequest) {
  const surface = surfaceOf(request.nextUrl.pathname)
  const post = {
    method: request.method,
    origin: request.headers.get('origin'),
    host: request.headers.get('host'),
    forwardedHost: request.headers.get('x-forwarded-host'),
  }
  if (isCrossOriginPost(post)) {
    return secured(
      new NextResponse(crossSitePostPageHtml(), {
        status: 403,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
      }),
      'site',
    )
  }
  if (surface === 'admin') {
    const nonce = newNonce()
    const headers = new Headers(request.headers)
    headers.set(
      cspHeaderName(headerSettings),
      dynamicSecurityHeaders('admin', headerSettings, nonce)[cspHeaderName(headerSettings)],
    )
    return secured(NextResponse.next({ request: { headers } }), 'admin', nonce)
  }
  const requestId = requestIdOf(request.headers.get(REQUEST_ID_HEADER))
  if ((await settledAvailability()).state === 'unavailable') {
    return secured(
      new NextResponse(
        request.method === 'HEAD' ? null : unavailablePageHtml(request.nextUrl.pathname + request.nextUrl.search),
        {
          status: 503,
          headers: {
            'Content-Type': 'text/html; charset=utf-8',
            'Retry-After': String(retryAfterSeconds()),
            'Cache-Control': 'no-store',
            [REQUEST_ID_HEADER]: requestId,
          },
        },
      ),
      'site',
    )
  }
  const headers = new Headers(request.headers)
  headers.set(REQUEST_ID_HEADER, requestId)
  const response = NextResponse.rewrite(sitePath(request), { request: { headers } })
  response.headers.set(REQUEST_ID_HEADER, requestId)
  return secured(response, 'site')
}

export const config = {
  // Everything but the API (its headers come from next.config.ts; its uploads and webhooks are not
  // buffered by a proxy) and Next's own files.
  matcher: ['/((?!api/|api$|_next/|favicon\\.ico$).*)'],
}
