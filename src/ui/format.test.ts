import { describe, expect, it } from 'vitest'

import { formatDate, formatDateTime, formatEuros, formatEventTime, percent } from './format'

const plain = (text: string) => text.replace(/\s/g, ' ')

describe('format', () => {
  it('shows whole euros without decimals, and cents with two', () => {
    expect(plain(formatEuros(125_000))).toBe('1 250 €')
    expect(plain(formatEuros(125_050))).toBe('1 250,50 €')
    expect(plain(formatEuros(5))).toBe('0,05 €')
  })
  it('writes dates in French', () => expect(formatDate('2026-11-27')).toBe('27 novembre 2026'))
  it('writes instants in French, in Paris time', () => {
    expect(formatDateTime('2023-12-12T15:37:00Z')).toBe('12 décembre 2023 à 16 h 37')
    expect(formatDateTime('2024-07-01T07:05:00Z')).toBe('1 juillet 2024 à 9 h 05')
  })
  it('writes times of day the French way, in Paris time', () => {
    expect(plain(formatEventTime('2024-03-12T16:00:00Z'))).toBe('mardi 12 mars 2024 à 17 h')
    expect(plain(formatEventTime('2024-07-01T07:05:00Z', { short: true }))).toBe('1 juillet à 9 h 05')
  })
  it('floors percentages and survives a zero goal', () => {
    expect(percent(999, 1_000)).toBe(99)
    expect(percent(5, 0)).toBe(0)
  })
})
