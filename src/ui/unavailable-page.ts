/** What a visitor reads while the portal cannot reach its database (the proxy's 503, and the error boundary's fallback). */
export const UNAVAILABLE_TITLE = 'Service momentanément indisponible'
export const UNAVAILABLE_TEXT = 'Le site ne peut pas répondre pour le moment. Veuillez réessayer dans quelques minutes.'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The whole page the proxy answers with its 503: static, self-contained (no script, no style
 * sheet to fetch, nothing from the database), French, with a title, a main landmark, one heading,
 * and a link to try the same address again.
 */
export function unavailablePageHtml(path: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${UNAVAILABLE_TITLE}</title>
<style>
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; line-height: 1.5; color: #1e1e1e; background: #fff; }
main { max-width: 40rem; margin: 0 auto; padding: 3rem 1rem; }
a { color: #000091; text-underline-offset: 0.2em; }
a:focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
</style>
</head>
<body>
<main>
<h1>${UNAVAILABLE_TITLE}</h1>
<p>${UNAVAILABLE_TEXT}</p>
<p><a href="${escapeHtml(path)}">Réessayer</a></p>
</main>
</body>
</html>
`
}
