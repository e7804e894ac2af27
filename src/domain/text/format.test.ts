import { describe, expect, it } from 'vitest'

import { formatCount, formatDate, formatEuros, formatEurosToTheCent, formatWholeEuros, percent } from './format'

const plain = (text: string) => text.replace(/\s/g, ' ')

describe('format', () => {
  it('shows whole euros without decimals, and cents with two', () => {
    expect(plain(formatEuros(125_000))).toBe('1 250 €')
    expect(plain(formatEuros(125_050))).toBe('1 250,50 €')
    expect(plain(formatEuros(5))).toBe('0,05 €')
  })
  it('shows the cents when asked, even none', () => expect(plain(formatEurosToTheCent(125_000))).toBe('1 250,00 €'))
  it('rounds to the euro when asked, half a euro up', () => {
    expect(plain(formatWholeEuros(125_049))).toBe('1 250 €')
    expect(plain(formatWholeEuros(125_050))).toBe('1 251 €')
    expect(plain(formatWholeEuros(0))).toBe('0 €')
  })
  it('groups counts in French', () => expect(plain(formatCount(12_345))).toBe('12 345'))
  it('writes dates in French', () => expect(formatDate('2026-11-27')).toBe('27 novembre 2026'))
  it('floors percentages and survives a zero goal', () => {
    expect(percent(999, 1_000)).toBe(99)
    expect(percent(5, 0)).toBe(0)
  })
})
