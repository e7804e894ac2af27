import { staticPageHtml } from '@/domain/web/static-page'

import { rateLimitRefusal } from './errors'

const TITLE = 'Trop de requêtes'

const pageHtml = (message: string) =>
  staticPageHtml({ title: TITLE, text: message, link: { href: '/', label: 'Retour à l’accueil' } })

/**
 * The 429 answer of a route handler refused by a rate limit: a French HTML page for browsers, or
 * Payload's JSON error shape (`{ errors: [{ message }] }`) when the client asks for JSON; with
 * `Retry-After` and `Cache-Control: no-store` either way. Null when `error` is not a refusal.
 */
export function tooManyRequestsResponse(error: unknown, request: Request): Response | null {
  const refusal = rateLimitRefusal(error)
  if (!refusal) return null
  const headers = { 'Retry-After': String(refusal.retryAfterSeconds), 'Cache-Control': 'no-store' }
  const wantsJson =
    /\bjson\b/.test(request.headers.get('accept') ?? '') && !/text\/html/.test(request.headers.get('accept') ?? '')
  if (wantsJson)
    return Response.json(
      { errors: [{ message: refusal.message, data: { retryAfterSeconds: refusal.retryAfterSeconds } }] },
      { status: 429, headers },
    )
  return new Response(request.method === 'HEAD' ? null : pageHtml(refusal.message), {
    status: 429,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  })
}

/**
 * A server action's form errors for a rate-limit refusal: the French message on `field` (the
 * form's summary, `_form`, by default). Null when `error` is not a refusal.
 */
export function rateLimitFormErrors(error: unknown, field = '_form'): Record<string, string> | null {
  const refusal = rateLimitRefusal(error)
  return refusal ? { [field]: refusal.message } : null
}
