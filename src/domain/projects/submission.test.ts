import { describe, expect, it } from 'vitest'

import { DRAFT_TITLE, type ProjectDraft, checkSubmission } from './submission'

const now = new Date('2026-11-27T09:00:00Z')
const complete: ProjectDraft = {
  title: 'Classe de mer à Roscoff',
  establishment: 1,
  structure: 2,
  level: 'ecole',
  kind: 'stay_with_nights',
  nights: 4,
  pupils: 24,
  summary: 'Cinq jours pour découvrir l’estran.',
  themes: [3],
  budgetLines: [{ label: 'Transport', amountCents: 120_000 }],
  minimumGoalCents: 95_600,
  optimumGoalCents: 150_000,
  startDate: '2026-12-01',
  endDate: '2027-01-15',
  schoolHead: { name: 'Mme Le Goff', email: 'ce.0290001a@ac-rennes.fr' },
}

describe('checkSubmission', () => {
  it('accepts a complete project', () => {
    expect(checkSubmission(complete, now)).toEqual([])
  })

  it('treats the title given to a new draft as missing', () => {
    expect(checkSubmission({ ...complete, title: DRAFT_TITLE }, now)).toEqual([
      { path: 'title', message: 'Donnez un titre au projet.' },
    ])
  })

  it('lists every missing field, each on its path', () => {
    const paths = checkSubmission({}, now).map((p) => p.path)
    expect(paths).toEqual([
      'title',
      'establishment',
      'structure',
      'level',
      'kind',
      'pupils',
      'summary',
      'minimumGoalCents',
      'optimumGoalCents',
      'startDate',
      'endDate',
      'themes',
      'schoolHead.email',
      'budgetLines',
    ])
  })

  it.each([
    ['a blank title', { title: '   ' }, 'title'],
    ['a stay without nights', { nights: 0 }, 'nights'],
    ['a minimum above the optimum', { minimumGoalCents: 200_000 }, 'optimumGoalCents'],
    ['a campaign of 10 days', { endDate: '2026-12-10' }, 'endDate'],
    ['a start in the past', { startDate: '2026-11-20', endDate: '2026-12-20' }, 'startDate'],
  ])('refuses %s', (_label, patch, path) => {
    expect(checkSubmission({ ...complete, ...patch }, now).map((p) => p.path)).toEqual([path])
  })
})
