import { describe, expect, it } from 'vitest'

import { contrastRatio, hasReadableContrast } from './contrast'

describe('contrastRatio', () => {
  it('is 21 for black on white, whatever the order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 5)
  })
  it('is 1 for a colour on itself', () => {
    expect(contrastRatio('#123456', '#123456')).toBe(1)
  })
  it('refuses anything but #rrggbb', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(RangeError)
    expect(() => contrastRatio('#fff', '#ffffff')).toThrow(RangeError)
  })
})

describe('hasReadableContrast', () => {
  it.each([
    ['#000091 (Marianne blue) on white', '#000091', '#ffffff', true],
    ['#767676 on white (4.54:1)', '#767676', '#ffffff', true],
    ['#777777 on white (4.48:1)', '#777777', '#ffffff', false],
    ['yellow on white', '#ffff00', '#ffffff', false],
  ])('%s', (_label, fg, bg, expected) => {
    expect(hasReadableContrast(fg, bg)).toBe(expected)
  })
})
