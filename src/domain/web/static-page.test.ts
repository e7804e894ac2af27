import { describe, expect, it } from 'vitest'

import { staticPageHtml } from './static-page'

describe('staticPageHtml', () => {
  it('is a French, self-contained page: one heading, the text, one link, no script', () => {
    const html = staticPageHtml({
      title: 'Trop de requêtes',
      text: 'Réessayez dans 2 minutes.',
      link: { href: '/', label: 'Retour à l’accueil' },
    })
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/)
    expect(html).toContain('<title>Trop de requêtes</title>')
    expect(html).toContain(
      '<main>\n<h1>Trop de requêtes</h1>\n<p>Réessayez dans 2 minutes.</p>\n<p><a href="/">Retour à l’accueil</a></p>\n</main>',
    )
    expect(html).not.toContain('<script')
  })

  it('escapes every text it is given', () => {
    const html = staticPageHtml({
      title: '<b>',
      text: '"x" & <script>',
      link: { href: '/a?b=1&c="2"', label: "l'accueil" },
    })
    expect(html).toContain('<h1>&lt;b&gt;</h1>')
    expect(html).toContain('<p>&quot;x&quot; &amp; &lt;script&gt;</p>')
    expect(html).toContain('<a href="/a?b=1&amp;c=&quot;2&quot;">l&#39;accueil</a>')
  })
})
