import { describe, expect, it } from 'vitest'

import { schoolYearProblem } from './school-year'

describe('schoolYearProblem', () => {
  it.each([
    ['2023-2024', null],
    ['2023-2025', 'Année scolaire au format 2023-2024 (deux années qui se suivent).'],
    ['2023', 'Année scolaire au format 2023-2024 (deux années qui se suivent).'],
    [null, 'Année scolaire au format 2023-2024 (deux années qui se suivent).'],
  ])('%s → %s', (value, expected) => {
    expect(schoolYearProblem(value)).toBe(expected)
  })
})
