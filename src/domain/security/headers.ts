/**
 * The portal's security headers, pure: what each kind of response carries.
 *
 * - `STATIC_SECURITY_HEADERS` are the same for every response and every deployment: next.config.ts
 *   sends them on every path (pages, admin, API, Next's assets).
 * - The Content-Security-Policy and HSTS of pages depend on the deployment (SERVER_URL,
 *   MAP_TILE_URL) and, for the admin, on the request (a nonce): the proxy (src/proxy.ts) adds them
 *   to the sites' pages, the admin and its previews. The API's policy is the same everywhere:
 *   next.config.ts sends it. (HSTS is a host's: the pages of the same hosts carry it.)
 *
 * Surfaces:
 * - `site`: the public sites. Their pages are cached and shared by every visitor (ISR, see README
 *   "Caching"), so they cannot carry a per-request nonce, and Next.js writes inline bootstrap
 *   scripts into them: scripts are limited to the portal's own origin plus inline ones. No eval, no
 *   plugin, no `<base>`, forms only to the portal (and Stripe's hosted checkout, where the giving
 *   form's answer redirects), framed only by the portal itself.
 * - `admin`: Payload's admin and the live previews (`/apercu`), always rendered per request, so
 *   inline scripts need the request's nonce (Next.js adds it to its own). Payload's code and JSON
 *   fields load the Monaco editor from one pinned path of jsDelivr.
 * - `api`: JSON and uploaded files: nothing may run or load, and only the portal frames them.
 */

export type Surface = 'site' | 'admin' | 'api'

export type HeaderSettings = {
  /** SERVER_URL: the admin's origin (the live preview and the admin's API calls go there). */
  serverUrl: string
  /** MAP_TILE_URL: the raster tile server of the TNE map, or `off`. */
  mapTileUrl: string
  /** Development (`next dev`): React's debugging needs eval, and the policy is only reported. */
  development: boolean
}

/** Where Payload's admin loads Monaco from (@payloadcms/ui, see the test that reads its bundle). */
export const MONACO_CDN = 'https://cdn.jsdelivr.net/npm/monaco-editor@0.55.1/'

/** Stripe's hosted checkout, where the giving form's answer redirects (without JavaScript, as a form's redirect). */
export const STRIPE_CHECKOUT = 'https://checkout.stripe.com'

export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // For browsers without CSP's frame-ancestors (which takes precedence where supported).
  'X-Frame-Options': 'SAMEORIGIN',
  // Nothing on the portal uses these; a script injected into a page could not either.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
}

/**
 * The origin of a tile URL template (`https://{s}.tile.example.org/{z}/{x}/{y}.png` →
 * `https://*.tile.example.org`), for img-src; null when the map is off or the URL is not http(s).
 */
export function tileOrigin(mapTileUrl: string): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(mapTileUrl)
  if (!match) return null
  const host = match[2].toLowerCase().replace(/\{[^}]*\}/g, '*')
  return /^[a-z0-9*.-]+(:\d+)?$/.test(host) ? `${match[1].toLowerCase()}://${host}` : null
}

const originOf = (url: string) => new URL(url).origin

const isHttps = (serverUrl: string) => serverUrl.startsWith('https://')

/** The API's policy, the same in every deployment (next.config.ts sends it on /api). */
export const API_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** The Content-Security-Policy of a response; `nonce` is required for the admin. */
export function contentSecurityPolicy(surface: Surface, settings: HeaderSettings, nonce?: string): string {
  if (surface === 'api') return API_CONTENT_SECURITY_POLICY
  const server = originOf(settings.serverUrl)
  const upgrade = isHttps(settings.serverUrl) ? ['upgrade-insecure-requests'] : []
  const evalInDevelopment = settings.development ? ["'unsafe-eval'"] : []
  const common = [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `connect-src 'self' ${server}`,
    `frame-ancestors 'self' ${server}`,
    "manifest-src 'self'",
    // Uploaded files are served from the portal's own address (SERVER_URL), which a site's host may not be.
    `media-src 'self' ${server}`,
  ]
  if (surface === 'site') {
    const tiles = tileOrigin(settings.mapTileUrl)
    return [
      ...common,
      ["script-src 'self' 'unsafe-inline'", ...evalInDevelopment].join(' '),
      "style-src 'self' 'unsafe-inline'",
      [`img-src 'self' data: blob: ${server}`, ...(tiles ? [tiles] : [])].join(' '),
      "font-src 'self' data:",
      "frame-src 'self'",
      "worker-src 'self'",
      `form-action 'self' ${STRIPE_CHECKOUT}`,
      ...upgrade,
    ].join('; ')
  }
  if (!nonce) throw new Error('The admin’s Content-Security-Policy needs a nonce')
  return [
    ...common,
    [`script-src 'self' 'nonce-${nonce}'`, ...evalInDevelopment, MONACO_CDN].join(' '),
    `style-src 'self' 'unsafe-inline' ${MONACO_CDN}`,
    "img-src 'self' data: blob:",
    `font-src 'self' data: ${MONACO_CDN}`,
    `frame-src 'self' ${server}`,
    "worker-src 'self' blob:",
    "form-action 'self'",
    ...upgrade,
  ].join('; ')
}

/** HSTS, only when the portal is served over https (SERVER_URL): one year, this host. */
export function strictTransportSecurity(serverUrl: string): string | null {
  return isHttps(serverUrl) ? 'max-age=31536000' : null
}

/**
 * The header that carries the policy: enforced, except in development (`next dev`), where
 * violations are only reported in the browser's console, so that Next's development tools keep
 * working while a developer still sees what production would block.
 */
export const cspHeaderName = (settings: Pick<HeaderSettings, 'development'>) =>
  settings.development ? 'Content-Security-Policy-Report-Only' : 'Content-Security-Policy'

/** The deployment-dependent headers of a response (CSP, and HSTS over https). */
export function dynamicSecurityHeaders(
  surface: Surface,
  settings: HeaderSettings,
  nonce?: string,
): Record<string, string> {
  const hsts = strictTransportSecurity(settings.serverUrl)
  return {
    [cspHeaderName(settings)]: contentSecurityPolicy(surface, settings, nonce),
    ...(hsts ? { 'Strict-Transport-Security': hsts } : {}),
  }
}

/** Which surface a request path belongs to (the proxy and the API see every path but Next's assets). */
export function surfaceOf(pathname: string): Surface {
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api'
  if (
    pathname === '/admin' ||
    pathname.startsWith('/admin/') ||
    pathname === '/apercu' ||
    pathname.startsWith('/apercu/')
  )
    return 'admin'
  return 'site'
}
