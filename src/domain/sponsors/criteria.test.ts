import { describe, expect, it } from 'vitest'

import { type Criteria, type ProjectFacts, criteriaProblems, matchCriteria } from './criteria'

const project = (extra: Partial<ProjectFacts> = {}): ProjectFacts => ({
  themes: [3],
  department: 95,
  academy: 25,
  level: 'ecole',
  priorityEducation: 'rep',
  isolatedRural: false,
  establishmentKind: 'ecole_elementaire',
  courteEchelle: true,
  kind: 'stay_with_nights',
  nights: 4,
  minimumGoalCents: 180_000,
  ...extra,
})

/** "Mountain discovery classes of 4 nights or more for elementary schools in priority-education or isolated rural areas." */
const mountains: Criteria = {
  levels: ['ecole'],
  territories: ['rep', 'rep_plus', 'isolated_rural'],
  kinds: ['stay_with_nights'],
  minNights: 4,
}

describe('matchCriteria', () => {
  it.each([
    ['the mountain programme: 4 nights in a REP elementary school', mountains, project(), true],
    [
      'the mountain programme: an isolated rural school outside priority education',
      mountains,
      project({ priorityEducation: 'none', isolatedRural: true }),
      true,
    ],
    ['the mountain programme: 3 nights', mountains, project({ nights: 3 }), false],
    [
      'the mountain programme: a collège',
      mountains,
      project({ level: 'college', establishmentKind: 'college' }),
      false,
    ],
    ['the mountain programme: neither priority nor rural', mountains, project({ priorityEducation: 'none' }), false],
    ['a theme among the programme’s', { themes: [1, 3] }, project(), true],
    ['no theme in common', { themes: [1, 2] }, project(), false],
    ['a département of the programme', { departments: [95, 93] }, project(), true],
    ['another département', { departments: [93] }, project(), false],
    ['an académie of the programme', { academies: [25] }, project(), true],
    ['another académie', { academies: [1] }, project(), false],
    [
      'a vocational lycée',
      { vocationalLycee: true },
      project({ level: 'lycee', establishmentKind: 'lycee_pro' }),
      true,
    ],
    [
      'a general lycée for a vocational programme',
      { vocationalLycee: true },
      project({ level: 'lycee', establishmentKind: 'lycee_gt' }),
      false,
    ],
    ['Courte Échelle only, labelled', { courteEchelleOnly: true }, project(), true],
    ['Courte Échelle only, not labelled', { courteEchelleOnly: true }, project({ courteEchelle: false }), false],
    ['a project kind of the programme', { kinds: ['equipment', 'stay_with_nights'] }, project(), true],
    ['another project kind', { kinds: ['equipment'] }, project(), false],
    ['a minimum goal under the maximum', { maxMinimumGoalCents: 180_000 }, project(), true],
    ['a minimum goal above the maximum', { maxMinimumGoalCents: 179_999 }, project(), false],
    ['no criteria at all', {}, project(), true],
  ] as const)('%s', (_, criteria, facts, eligible) => {
    expect(matchCriteria(criteria, facts).eligible).toBe(eligible)
  })

  it('names the criteria met, for the explanation stored with each top-up', () => {
    expect(matchCriteria(mountains, project())).toEqual({
      eligible: true,
      met: [
        'niveau : école',
        'école en REP ou REP+ ou rural isolé',
        'type de projet du programme',
        '4 nuitées ou plus',
      ],
      failed: [],
    })
    expect(matchCriteria(mountains, project({ nights: 3 })).failed).toEqual(['4 nuitées ou plus'])
  })
})

describe('criteriaProblems', () => {
  it('refuses contradictory criteria on their field', () => {
    expect(criteriaProblems({ vocationalLycee: true, levels: ['ecole'] })[0].path).toBe('criteria.vocationalLycee')
    expect(criteriaProblems({ minNights: 2, kinds: ['equipment'] })[0].path).toBe('criteria.minNights')
    expect(criteriaProblems({ minNights: -1 })[0].path).toBe('criteria.minNights')
    expect(criteriaProblems({ maxMinimumGoalCents: 0 })[0].path).toBe('criteria.maxMinimumGoalCents')
    expect(criteriaProblems(mountains)).toEqual([])
  })
})
