import { describe, expect, it } from 'vitest'

import { isRecordId } from './ids'

describe('isRecordId', () => {
  it.each([
    [1, true],
    ['42', true],
    [' 42 ', true],
    [2_147_483_647, true],
    ['2147483647', true],
    [2_147_483_648, false],
    ['99999999999999999999', false],
    [0, false],
    [-3, false],
    ['-3', false],
    [Number.NaN, false],
    [1.5, false],
    ['1e3', false],
    ['0x10', false],
    ['012', false],
    ['', false],
    [null, false],
    [undefined, false],
    [{ id: 3 }, false],
  ])('%j → %s', (value, expected) => {
    expect(isRecordId(value)).toBe(expected)
  })
})
