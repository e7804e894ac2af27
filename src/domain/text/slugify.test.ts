import { describe, expect, it } from 'vitest'

import { SLUG_PATTERN, slugify } from './slugify'

describe('slugify', () => {
  it.each([
    ['Échanges interculturels & international', 'echanges-interculturels-international'],
    ["Val-d'Oise", 'val-d-oise'],
    ['  Mentions légales  ', 'mentions-legales'],
    ['Ça coûte 5 000 € !', 'ca-coute-5-000'],
    ['---', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('produces slugs the pattern accepts', () => {
    expect(SLUG_PATTERN.test(slugify('Île-de-France'))).toBe(true)
    expect(SLUG_PATTERN.test('Bad Slug')).toBe(false)
    expect(SLUG_PATTERN.test('double--dash')).toBe(false)
  })
})
