import { describe, expect, it } from 'vitest'

import { suggestCourteEchelle } from './courte-echelle'

describe('suggestCourteEchelle', () => {
  it.each([
    ['an ordinary school', { kind: 'ecole_primaire', priorityEducation: 'none', isolatedRural: false }, false, []],
    [
      'a REP+ school',
      { kind: 'ecole_elementaire', priorityEducation: 'rep_plus', isolatedRural: false },
      false,
      ['rep_plus'],
    ],
    ['a REP collège', { kind: 'college', priorityEducation: 'rep', isolatedRural: false }, false, ['rep']],
    [
      'a vocational lycée',
      { kind: 'lycee_pro', priorityEducation: 'none', isolatedRural: false },
      false,
      ['vocational_lycee'],
    ],
    [
      'an isolated rural school with an inclusive project',
      { kind: 'ecole_primaire', priorityEducation: 'none', isolatedRural: true },
      true,
      ['isolated_rural', 'inclusive_project'],
    ],
    [
      'an inclusive project anywhere',
      { kind: 'lycee_gt', priorityEducation: 'none', isolatedRural: false },
      true,
      ['inclusive_project'],
    ],
  ] as const)('%s → %j', (_label, establishment, inclusive, reasons) => {
    expect(suggestCourteEchelle(establishment, { inclusive })).toEqual(reasons)
  })
})
