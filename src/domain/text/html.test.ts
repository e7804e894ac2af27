import { describe, expect, it } from 'vitest'

import { escapeHtml } from './html'

describe('escapeHtml', () => {
  it('turns the five characters HTML gives a meaning into entities', () => {
    expect(escapeHtml(`<a href="x" title='y'>A & B</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A &amp; B&lt;/a&gt;',
    )
  })

  it('leaves French text as it is, accents and typographic signs included', () => {
    expect(escapeHtml('Classe de mer à Plouguerneau : « voile » l’été')).toBe(
      'Classe de mer à Plouguerneau : « voile » l’été',
    )
  })

  it('escapes an entity already written, so that it shows as typed', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;')
  })
})
