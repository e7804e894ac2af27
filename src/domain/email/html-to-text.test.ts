import { describe, expect, it } from 'vitest'

import { htmlToText } from './html-to-text'

describe('htmlToText', () => {
  it.each([
    [
      'paragraphs become blank-line separated',
      '<p>Bonjour,</p>\n<p>Votre compte est créé.</p>',
      'Bonjour,\n\nVotre compte est créé.',
    ],
    [
      'a link whose label is its address is written once',
      '<p><a href="https://portail.example/verifier-email?jeton=ab&amp;x=1">https://portail.example/verifier-email?jeton=ab&amp;x=1</a></p>',
      'https://portail.example/verifier-email?jeton=ab&x=1',
    ],
    [
      'a labelled link keeps its label and address',
      'Ouvrez <a href="https://portail.example/a" target="_blank">ce lien</a>.',
      'Ouvrez ce lien (https://portail.example/a).',
    ],
    ['line breaks', 'un<br>deux<br/>trois', 'un\ndeux\ntrois'],
    [
      'entities, the apostrophe included',
      'L&#39;atelier &amp; les parents &lt;3 &quot;oui&quot; &#x2019;',
      'L\'atelier & les parents <3 "oui" ’',
    ],
    ['&amp;lt; stays a literal &lt;', 'a &amp;lt; b', 'a &lt; b'],
    [
      'Payload’s default message (text around a bare link)',
      'You are receiving this.\n    <a href="http://x/admin/reset/t">http://x/admin/reset/t</a>\n    Ignore it otherwise.',
      'You are receiving this.\nhttp://x/admin/reset/t\nIgnore it otherwise.',
    ],
    ['plain text passes through', 'Plus que 8 jours.', 'Plus que 8 jours.'],
    ['empty', '', ''],
  ])('%s', (_label, html, expected) => {
    expect(htmlToText(html)).toBe(expected)
  })
})
