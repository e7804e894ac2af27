import { describe, expect, it } from 'vitest'

import { optionsHtml } from './SelectFilter'

const DEPARTMENTS: [string, string][] = [
  ['2A', '2A – Corse-du-Sud'],
  ['29', '29 – Finistère'],
]

describe('optionsHtml', () => {
  it('writes the "all" option first, selected when no value is chosen', () => {
    expect(optionsHtml(DEPARTMENTS, undefined, 'Tous')).toBe(
      '<option value="" selected="">Tous</option><option value="2A">2A – Corse-du-Sud</option><option value="29">29 – Finistère</option>',
    )
  })

  it('selects the chosen value, and only it', () => {
    const html = optionsHtml(DEPARTMENTS, '29', 'Tous')
    expect(html.match(/selected/g)).toHaveLength(1)
    expect(html).toContain('<option value="29" selected="">29 – Finistère</option>')
  })

  it('has no "all" option without its label, and then selects nothing (the browser shows the first)', () => {
    expect(optionsHtml([['fin', 'Fin de collecte la plus proche']])).toBe(
      '<option value="fin">Fin de collecte la plus proche</option>',
    )
  })

  it('escapes values and labels, so that a name typed in the admin cannot inject markup', () => {
    const html = optionsHtml([['a"><script>', 'Arts & <b>culture</b>']], 'a"><script>')
    expect(html).toBe(
      '<option value="a&quot;&gt;&lt;script&gt;" selected="">Arts &amp; &lt;b&gt;culture&lt;/b&gt;</option>',
    )
    expect(html).not.toContain('<script')
  })
})
