import { describe, expect, it } from 'vitest'

import { siteIconSvg, siteInitial } from './icon'

describe('site icon', () => {
  it.each([
    ['Parentalité et Numérique', 'P'],
    ['écoles solidaires', 'É'],
    ['« 1001 projets »', 'P'],
    ['2026', '·'],
  ])('%s → %s', (name, initial) => expect(siteInitial(name)).toBe(initial))
  it('draws the initial on the site colour', () => {
    const svg = siteIconSvg('Projets', '#b34000', 180)
    expect(svg).toContain('width="180"')
    expect(svg).toContain('fill="#b34000"')
    expect(svg).toContain('>P</text>')
  })
  it('keeps to the GIP blue when the colour is not a colour', () =>
    expect(siteIconSvg('Projets', 'red"/><script>')).toContain('fill="#000091"'))
})
