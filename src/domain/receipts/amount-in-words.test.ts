import { describe, expect, it } from 'vitest'

import { amountInWords } from './amount-in-words'

describe('amountInWords', () => {
  it.each([
    [1, 'un centime'],
    [99, 'quatre-vingt-dix-neuf centimes'],
    [100, 'un euro'],
    [101, 'un euro et un centime'],
    [1_000, 'dix euros'],
    [2_150, 'vingt et un euros et cinquante centimes'],
    [8_080, 'quatre-vingts euros et quatre-vingts centimes'],
    [20_000, 'deux cents euros'],
    [20_100, 'deux cent un euros'],
    [100_000, 'mille euros'],
    [600_000, 'six mille euros'],
    [12_345_67, 'douze mille trois cent quarante-cinq euros et soixante-sept centimes'],
    [7_100_000, 'soixante et onze mille euros'],
    [
      99_999_999,
      'neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf euros et quatre-vingt-dix-neuf centimes',
    ],
    [100_000_000, 'un million d’euros'],
    [100_000_001, 'un million d’euros et un centime'],
    [0, 'zéro euro'],
  ])('%i cents → %s', (cents, words) => {
    expect(amountInWords(cents)).toBe(words)
  })

  it('refuses what is not a whole number of cents', () => {
    expect(() => amountInWords(1.5)).toThrow(RangeError)
    expect(() => amountInWords(-1)).toThrow(RangeError)
  })
})
