import { describe, expect, it } from 'vitest'

import { hasContent, lexicalToText, nextStep, parseStep, textToLexical } from './form-steps'

const now = new Date('2026-11-27T10:00:00Z')

describe('rich text', () => {
  it('turns paragraphs into a document and back', () => {
    const text = 'Premier paragraphe.\n\nSecond,\nsur deux lignes.'
    const doc = textToLexical(text)
    expect(doc?.root.children).toHaveLength(2)
    expect(lexicalToText(doc)).toBe('Premier paragraphe.\n\nSecond, sur deux lignes.')
  })
  it('gives null for blank text and "" for no document', () => {
    expect(textToLexical(' \n ')).toBeNull()
    expect(lexicalToText(null)).toBe('')
  })
})

describe('parseStep', () => {
  it('reads the project step, themes and numbers', () => {
    const { data, errors } = parseStep(
      'projet',
      { title: ' Classe de mer ', pupils: '24', nights: '4', summary: 'Une semaine.', inclusive: 'on' },
      { now, themeIds: ['3', '5'] },
    )
    expect(errors).toEqual({})
    expect(data).toMatchObject({ title: 'Classe de mer', pupils: 24, nights: 4, themes: [3, 5], inclusive: true })
  })
  it('refuses a missing title and wrong numbers, on their fields', () => {
    const { errors } = parseStep('projet', { title: '', pupils: '0', nights: '2,5' }, { now })
    expect(Object.keys(errors).sort()).toEqual(['nights', 'pupils', 'title'])
    for (const junk of ['12abc', '0x1A', '1e1', '-3', '+4']) {
      expect(
        Object.keys(parseStep('projet', { title: 'Classe de mer', pupils: junk, nights: junk }, { now }).errors).sort(),
        junk,
      ).toEqual(['nights', 'pupils'])
    }
  })
  it('refuses a too long summary, counting characters', () => {
    expect(parseStep('projet', { title: 'T', summary: 'x'.repeat(301) }, { now }).errors.summary).toMatch(/301/)
  })
  it('reads budget rows, dropping empty ones', () => {
    const { data, errors } = parseStep(
      'budget',
      {
        'budgetLines.0.label': 'Transport',
        'budgetLines.0.amountCents': '1 200',
        'budgetLines.1.label': '',
        'budgetLines.1.amountCents': '',
        minimumGoalCents: '2000',
        optimumGoalCents: '3 000,50',
        stopAtOptimum: 'on',
      },
      { now },
    )
    expect(errors).toEqual({})
    expect(data).toMatchObject({
      budgetLines: [{ label: 'Transport', amountCents: 120_000 }],
      minimumGoalCents: 200_000,
      optimumGoalCents: 300_050,
      stopAtOptimum: true,
    })
  })
  it('puts a row error on the row', () => {
    const { errors } = parseStep(
      'budget',
      { 'budgetLines.0.label': '', 'budgetLines.0.amountCents': '300', minimumGoalCents: 'beaucoup' },
      { now },
    )
    expect(errors).toMatchObject({
      'budgetLines.0.label': expect.any(String),
      minimumGoalCents: expect.stringContaining('montant'),
    })
  })
  it('checks the campaign window on the dates step', () => {
    expect(parseStep('dates', { startDate: '2026-12-01', endDate: '2027-01-10' }, { now }).errors).toEqual({})
    expect(parseStep('dates', { startDate: '2026-12-01', endDate: '2026-12-05' }, { now }).errors.endDate).toBeDefined()
    expect(
      parseStep('dates', { startDate: '2026-11-01', endDate: '2026-12-05' }, { now }).errors.startDate,
    ).toBeDefined()
    expect(parseStep('dates', { startDate: '2026-12-01' }, { now }).errors.endDate).toBe(
      'Indiquez aussi la date de fin.',
    )
  })
  it('checks the school head address', () => {
    expect(
      parseStep('etablissement', { 'schoolHead.email': 'pas-une-adresse' }, { now }).errors['schoolHead.email'],
    ).toBeDefined()
    expect(
      parseStep(
        'etablissement',
        { establishment: '7', structure: '2', 'schoolHead.email': 'ce.0950001a@ac-versailles.fr' },
        { now },
      ),
    ).toEqual({
      data: { establishment: 7, structure: 2, schoolHead: { name: null, email: 'ce.0950001a@ac-versailles.fr' } },
      errors: {},
    })
  })
})

describe('nextStep', () => {
  it('walks the steps in order and ends after the review', () => {
    expect(nextStep('etablissement')).toBe('projet')
    expect(nextStep('photos')).toBe('relecture')
    expect(nextStep('relecture')).toBeNull()
  })
})

describe('choices made in a list arrive as ids, or are refused on their field (a crafted request)', () => {
  it.each([
    ['etablissement', { establishment: 'abc' }, 'establishment'],
    ['etablissement', { establishment: '99999999999999999999' }, 'establishment'],
    ['etablissement', { establishment: '-3' }, 'establishment'],
    ['etablissement', { structure: '2147483648' }, 'structure'],
    ['etablissement', { structure: '1e3' }, 'structure'],
  ] as const)('%s %j → an error on %s', (step, values, field) => {
    const { data, errors } = parseStep(step, values, { now })
    expect(errors[field]).toMatch(/^Choisissez /)
    expect(data[field]).toBeUndefined()
  })

  it('themes: all ids, or an error on the field', () => {
    expect(parseStep('projet', { title: 'Classe de mer' }, { now, themeIds: ['3', '2147483647'] }).data.themes).toEqual(
      [3, 2147483647],
    )
    expect(parseStep('projet', { title: 'Classe de mer' }, { now, themeIds: ['3', '<script>'] }).errors.themes).toBe(
      'Choisissez les thématiques dans la liste.',
    )
    expect(
      parseStep('projet', { title: 'Classe de mer' }, { now, themeIds: ['99999999999999999999'] }).errors.themes,
    ).toBe('Choisissez les thématiques dans la liste.')
  })
})

describe('hasContent', () => {
  it.each([
    [{ establishment: null, structure: null, schoolHead: { name: null, email: null } }, false],
    [{ title: '', themes: [], stopAtOptimum: false }, false],
    [{ establishment: 7, structure: null }, true],
    [{ schoolHead: { name: null, email: 'ce.0950001a@ac-versailles.fr' } }, true],
    [{ themes: [3] }, true],
    [{ pupils: 0 }, true],
  ])('%j → %s', (data, expected) => expect(hasContent(data)).toBe(expected))
})
