import { rateLimitRefusal } from './errors'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const TITLE = 'Trop de requêtes'

/** A static French page (no script, nothing loaded): title, one heading, the message, a link back home. */
function pageHtml(message: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${TITLE}</title>
<style>
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; line-height: 1.5; color: #1e1e1e; background: #fff; }
main { max-width: 40rem; margin: 0 auto; padding: 3rem 1rem; }
a { color: #000091; text-underline-offset: 0.2em; }
a:focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
</style>
</head>
<body>
<main>
<h1>${TITLE}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/">Retour à l’accueil</a></p>
</main>
</body>
</html>
`
}

/**
 * The 429 answer of a route handler refused by a rate limit: a French HTML page for browsers, or
 * Payload's JSON error shape (`{ errors: [{ message }] }`) when the client asks for JSON; with
 * `Retry-After` and `Cache-Control: no-store` either way. Null when `error` is not a refusal.
 */
export function tooManyRequestsResponse(error: unknown, request: Request): Response | null {
  const refusal = rateLimitRefusal(error)
  if (!refusal) return null
  const headers = { 'Retry-After': String(refusal.retryAfterSeconds), 'Cache-Control': 'no-store' }
  const wantsJson = /\bjson\b/.test(request.headers.get('accept') ?? '') && !/text\/html/.test(request.headers.get('accept') ?? '')
  if (wantsJson) return Response.json({ errors: [{ message: refusal.message, data: { retryAfterSeconds: refusal.retryAfterSeconds } }] }, { status: 429, headers })
  return new Response(request.method === 'HEAD' ? null : pageHtml(refusal.message), { status: 429, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } })
}

/**
 * A server action's form errors for a rate-limit refusal: the French message on `field` (the
 * form's summary, `_form`, by default). Null when `error` is not a refusal.
 */
export function rateLimitFormErrors(error: unknown, field = '_form'): Record<string, string> | null {
  const refusal = rateLimitRefusal(error)
  return refusal ? { [field]: refusal.message } : null
}
