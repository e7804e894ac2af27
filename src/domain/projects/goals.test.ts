import { describe, expect, it } from 'vitest'

import { type GoalsInput, checkGoals } from './goals'

/** Intl writes French amounts with (narrow) no-break spaces: compare them as plain spaces. */
const checked = (input: GoalsInput) => JSON.parse(JSON.stringify(checkGoals(input)).replace(/[\u202f\u00a0]/g, ' '))

describe('checkGoals', () => {
  it.each([
    ['a usual project', 95_600, 150_000, false, [], []],
    ['minimum equal to optimum', 100_000, 100_000, false, [], []],
    ['optimum exactly twice the minimum', 100_000, 200_000, false, [], []],
    ['minimum at the cap', 500_000, 600_000, false, [], []],
    ['minimum above the cap, overridden by an admin', 800_000, 900_000, true, [], []],
  ])('accepts %s', (_label, minimumCents, optimumCents, capOverridden, problems, warnings) => {
    expect(checked({ minimumCents, optimumCents, capOverridden })).toEqual({ problems, warnings })
  })

  it.each([
    [
      'a minimum above the optimum',
      200_000,
      150_000,
      false,
      'optimumGoalCents',
      'L’objectif optimum doit être supérieur ou égal à l’objectif minimum.',
    ],
    [
      'a minimum one cent above the cap',
      500_001,
      600_000,
      false,
      'minimumGoalCents',
      'L’objectif minimum ne peut pas dépasser 5 000 € sans l’accord d’un administrateur.',
    ],
    [
      'a minimum below one gift',
      999,
      5_000,
      false,
      'minimumGoalCents',
      'L’objectif minimum doit être d’au moins 10 €.',
    ],
    [
      'a fractional amount of cents',
      1_000.5,
      5_000,
      false,
      'minimumGoalCents',
      'L’objectif minimum doit être d’au moins 10 €.',
    ],
  ])('refuses %s', (_label, minimumCents, optimumCents, capOverridden, path, message) => {
    expect(checked({ minimumCents, optimumCents, capOverridden }).problems).toContainEqual({ path, message })
  })

  it('warns, without refusing, when the optimum is above twice the minimum', () => {
    expect(checked({ minimumCents: 100_000, optimumCents: 200_001, capOverridden: false })).toEqual({
      problems: [],
      warnings: [
        {
          path: 'optimumGoalCents',
          message: 'Le GIP conseille un objectif optimum d’au plus deux fois le minimum (2 000 €).',
        },
      ],
    })
  })
})
