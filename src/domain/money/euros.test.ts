import { describe, expect, it } from 'vitest'

import { centsToInput, parseEuros } from './euros'

describe('parseEuros', () => {
  it.each([
    ['1250', 125_000],
    ['1 250', 125_000],
    ['1 250,50', 125_050],
    ['1250.5', 125_050],
    ['1\u202f250 €', 125_000],
    ['0,05', 5],
  ])('%s → %i cents', (text, cents) => expect(parseEuros(text)).toBe(cents))
  it('returns null when empty', () => expect(parseEuros('  ')).toBeNull())
  it.each(['12,345', '-5', 'douze', '1,2,3', '1e3'])('refuses %s', (text) => expect(parseEuros(text)).toBeNaN())
  it('round-trips with centsToInput', () => {
    for (const cents of [0, 5, 100, 125_050, 499_999]) expect(parseEuros(centsToInput(cents))).toBe(cents)
  })
})
