/**
 * Form posts (server actions) sent from another site.
 *
 * Next.js checks a server action's `Origin` against the request's host (`X-Forwarded-Host`'s first
 * value, else `Host`) to refuse cross-site requests (CSRF), but answers the refusal with a 500 and
 * an error in the log. The proxy refuses them first, with a 403, by the same comparison, so that no
 * server action Next.js would refuse reaches it and none it accepts is refused; it applies it to
 * every write to a page (any method but GET, HEAD, OPTIONS), a form post or not: no page of the
 * portal takes one from another site.
 *
 * A request without `Origin` is let through, as Next.js does: browsers always send it with a POST,
 * so it comes from a script, which holds no visitor's cookies.
 */
export type IncomingPost = {
  method: string
  origin: string | null
  host: string | null
  forwardedHost: string | null
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export function isCrossOriginPost({ method, origin, host, forwardedHost }: IncomingPost): boolean {
  if (SAFE_METHODS.has(method.toUpperCase()) || origin === null) return false
  const expected = forwardedHost?.split(',')[0]?.trim() || host
  if (!expected || origin === 'null') return true
  let originHost: string
  try {
    originHost = new URL(origin).host
  } catch {
    return true
  }
  return originHost !== expected
}
