import { describe, expect, it } from 'vitest'

import { formatReceiptNumber, parseYear } from './numbering'

describe('formatReceiptNumber', () => {
  it('joins the issuer code, the year and a zero-padded sequence', () => {
    expect(formatReceiptNumber('OCCE95', 2026, 1)).toBe('OCCE95-2026-000001')
    expect(formatReceiptNumber('OCCE95', 2026, 123_456)).toBe('OCCE95-2026-123456')
    expect(formatReceiptNumber('OCCE95', 2026, 1_234_567)).toBe('OCCE95-2026-1234567')
  })
  it('refuses a bad code or sequence', () => {
    expect(() => formatReceiptNumber('occe 95', 2026, 1)).toThrow(RangeError)
    expect(() => formatReceiptNumber('OCCE95', 2026, 0)).toThrow(RangeError)
    expect(() => formatReceiptNumber('OCCE95', 2026, 1.5)).toThrow(RangeError)
  })
})

describe('parseYear', () => {
  it.each([
    ['2026', 2026],
    [' 2024 ', 2024],
    [2025, 2025],
    ['26', null],
    ['2026a', null],
    ['1850', null],
    ['', null],
    [undefined, null],
    ['20 26', null],
  ])('%s → %s', (value, year) => {
    expect(parseYear(value)).toBe(year)
  })
})
