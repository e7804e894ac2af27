import { describe, expect, it } from 'vitest'

import { type Question, aggregateAnswers, decideAnswer, parseAnswers } from './questionnaire'

const questions: Question[] = [
  { blockType: 'message', name: '' },
  {
    blockType: 'radio',
    name: 'satisfaction',
    label: 'Satisfaction',
    required: true,
    options: [
      { label: 'Très satisfait', value: '4' },
      { label: 'Pas satisfait', value: '1' },
    ],
  },
  { blockType: 'number', name: 'enfants', label: 'Nombre d’enfants' },
  { blockType: 'textarea', name: 'commentaire', label: 'Commentaire' },
]

describe('parseAnswers', () => {
  it('keeps the answers given, in the form’s order', () => {
    expect(parseAnswers(questions, { satisfaction: '4', enfants: '2', commentaire: ' Merci ' })).toEqual({
      ok: true,
      answers: [
        { field: 'satisfaction', value: '4' },
        { field: 'enfants', value: '2' },
        { field: 'commentaire', value: 'Merci' },
      ],
    })
  })

  it('gives one French error per field', () => {
    expect(parseAnswers(questions, { enfants: 'deux' })).toEqual({
      ok: false,
      errors: { satisfaction: 'Choisissez une réponse.', enfants: 'Indiquez un nombre entier.' },
    })
    expect(parseAnswers(questions, { satisfaction: '9' })).toEqual({
      ok: false,
      errors: { satisfaction: 'Choisissez une des réponses proposées.' },
    })
    expect(parseAnswers(questions, { satisfaction: '4', commentaire: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
      errors: { commentaire: expect.stringContaining('2000') },
    })
  })
})

describe('decideAnswer', () => {
  const workshop = { status: 'held', published: true, startsAt: '2026-03-01T17:00:00Z', participants: 2, capacity: 20 }
  const day = (d: string) => new Date(`${d}T12:00:00Z`)
  it('opens after the workshop, for 30 days, up to the number of participants', () => {
    expect(decideAnswer(workshop, 0, day('2026-03-02'))).toEqual({ ok: true })
    expect(decideAnswer(workshop, 0, day('2026-02-28'))).toMatchObject({
      ok: false,
      message: 'Le questionnaire ouvrira après l’atelier.',
    })
    expect(decideAnswer(workshop, 0, day('2026-04-01'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('clos'),
    })
    expect(decideAnswer(workshop, 2, day('2026-03-02'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('participants'),
    })
    expect(decideAnswer({ ...workshop, participants: null }, 19, day('2026-03-02'))).toEqual({ ok: true })
    expect(decideAnswer({ ...workshop, participants: null }, 20, day('2026-03-02'))).toMatchObject({ ok: false })
  })
  it('is closed for unpublished or cancelled workshops', () => {
    expect(decideAnswer({ ...workshop, published: false }, 0, day('2026-03-02'))).toMatchObject({ ok: false })
    expect(decideAnswer({ ...workshop, status: 'cancelled' }, 0, day('2026-03-02'))).toMatchObject({ ok: false })
  })
})

describe('aggregateAnswers', () => {
  it('counts choices per option, averages numbers, counts written answers', () => {
    const results = aggregateAnswers(questions, [
      [
        { field: 'satisfaction', value: '4' },
        { field: 'enfants', value: '1' },
        { field: 'commentaire', value: 'Bien' },
      ],
      [
        { field: 'satisfaction', value: '4' },
        { field: 'enfants', value: '2' },
      ],
      [{ field: 'satisfaction', value: '1' }],
    ])
    expect(results).toEqual({
      answers: 3,
      questions: [
        {
          name: 'satisfaction',
          label: 'Satisfaction',
          kind: 'choice',
          total: 3,
          counts: [
            { value: '4', label: 'Très satisfait', count: 2 },
            { value: '1', label: 'Pas satisfait', count: 1 },
          ],
        },
        { name: 'enfants', label: 'Nombre d’enfants', kind: 'number', total: 2, average: 1.5 },
        { name: 'commentaire', label: 'Commentaire', kind: 'text', total: 1 },
      ],
    })
  })
})
