/** What a visitor reads when a form was sent to the portal from another site (the proxy's 403). */
export const CROSS_SITE_TITLE = 'Envoi refusé'
export const CROSS_SITE_TEXT =
  'Ce formulaire a été envoyé depuis un autre site que celui du portail : par sécurité, il n’a pas été pris en compte. Rouvrez la page du portail et envoyez le formulaire depuis celle-ci.'

/**
 * The whole page the proxy answers a cross-site form post with: static, self-contained (no script,
 * nothing from the database), French, with a title, a main landmark, one heading and a way back.
 */
export function crossSitePostPageHtml(): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${CROSS_SITE_TITLE}</title>
<style>
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; line-height: 1.5; color: #1e1e1e; background: #fff; }
main { max-width: 40rem; margin: 0 auto; padding: 3rem 1rem; }
a { color: #000091; text-underline-offset: 0.2em; }
a:focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
</style>
</head>
<body>
<main>
<h1>${CROSS_SITE_TITLE}</h1>
<p>${CROSS_SITE_TEXT}</p>
<p><a href="/">Retour à l’accueil du site</a></p>
</main>
</body>
</html>
`
}
