import { describe, expect, it } from 'vitest'

import { formatDuration } from './duration'

describe('formatDuration', () => {
  it.each([
    [45, '45 min'],
    [60, '1 h'],
    [90, '1 h 30'],
    [125, '2 h 05'],
    [null, '0 min'],
  ])('%s → %s', (minutes, label) => expect(formatDuration(minutes)).toBe(label))
})
