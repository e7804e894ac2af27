/**
 * The query string the proxy folded into one path segment (`/projets/recherche/<query>`,
 * `/chiffres-cles/periode/<query>`, so that each canonical query is one cached page), read back;
 * a segment that does not decode is an empty query.
 */
export function rewrittenSearch(segment: string): URLSearchParams {
  try {
    return new URLSearchParams(decodeURIComponent(segment))
  } catch {
    return new URLSearchParams()
  }
}
