import { describe, expect, it } from 'vitest'

import { agendaSearch, agendaWindow, parisMidnight, parseAgendaQuery } from './agenda-query'

describe('parseAgendaQuery', () => {
  it('keeps known filters, drops the rest', () => {
    expect(
      parseAgendaQuery({
        territoire: 'aisne',
        theme: 'cyber_harassment',
        public: 'parents_college',
        du: '2026-05-01',
        au: '2026-06-30',
        x: 'y',
      }),
    ).toEqual({
      territoire: 'aisne',
      theme: 'cyber_harassment',
      public: 'parents_college',
      du: '2026-05-01',
      au: '2026-06-30',
    })
    expect(
      parseAgendaQuery({ territoire: 'Aisne; DROP', theme: 'autre', public: '', du: '2026-02-30', au: 'demain' }),
    ).toEqual({})
  })

  it('drops an end date before the start date', () => {
    expect(parseAgendaQuery({ du: '2026-06-01', au: '2026-05-01' })).toEqual({ du: '2026-06-01' })
  })

  it('writes the query back in a stable order', () => {
    expect(agendaSearch({ au: '2026-06-30', territoire: 'aisne' })).toBe('?territoire=aisne&au=2026-06-30')
    expect(agendaSearch({})).toBe('')
  })
})

describe('agendaWindow', () => {
  it('runs from midnight in Paris on the first day to midnight after the last', () => {
    expect(parisMidnight('2026-01-15')).toBe('2026-01-14T23:00:00.000Z')
    expect(parisMidnight('2026-07-15')).toBe('2026-07-14T22:00:00.000Z')
    expect(agendaWindow({ au: '2026-07-15' }, '2026-07-01')).toEqual({
      from: '2026-06-30T22:00:00.000Z',
      to: '2026-07-15T22:00:00.000Z',
    })
    expect(agendaWindow({}, '2026-01-15')).toEqual({ from: '2026-01-14T23:00:00.000Z', to: null })
  })
})
