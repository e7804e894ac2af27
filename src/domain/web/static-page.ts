import { escapeHtml } from '@/domain/text/html'

/**
 * The whole HTML of a page the portal answers without rendering the site (503 while the database
 * is unreachable, 403 for a cross-site form post, 429 beyond a rate limit): static and
 * self-contained (no script, no style sheet to fetch, nothing from the database), French, with a
 * title, a main landmark, one heading, a paragraph and one link. Every text is escaped.
 */
export function staticPageHtml({
  title,
  text,
  link,
}: {
  title: string
  text: string
  link: { href: string; label: string }
}): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; line-height: 1.5; color: #1e1e1e; background: #fff; }
main { max-width: 40rem; margin: 0 auto; padding: 3rem 1rem; }
a { color: #000091; text-underline-offset: 0.2em; }
a:focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(text)}</p>
<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>
</main>
</body>
</html>
`
}
