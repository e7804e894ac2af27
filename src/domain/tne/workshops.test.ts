import { describe, expect, it } from 'vitest'

import { dayInParis, workshopProblems, yearInParis } from './workshops'

const now = new Date('2026-03-10T12:00:00Z')
const past = '2026-03-01T17:00:00Z'
const future = '2026-04-01T17:00:00Z'

describe('workshopProblems', () => {
  it('accepts a planned workshop and a held one with its participants', () => {
    expect(workshopProblems({ status: 'planned', startsAt: future, capacity: 20 }, now)).toEqual([])
    expect(workshopProblems({ status: 'held', startsAt: past, capacity: 20, participants: 14 }, now)).toEqual([])
  })

  it('counts participants only after the event', () => {
    expect(workshopProblems({ status: 'held', startsAt: future, participants: 3 }, now)).toEqual([
      { path: 'status', message: 'Un atelier ne peut être marqué réalisé qu’une fois sa date passée.' },
    ])
    expect(workshopProblems({ status: 'planned', startsAt: past, participants: 3 }, now)).toEqual([
      { path: 'participants', message: 'Les participants se comptent après l’atelier : marquez-le d’abord réalisé.' },
    ])
    expect(workshopProblems({ status: 'held', startsAt: past }, now)).toEqual([
      { path: 'participants', message: 'Indiquez le nombre de participants de l’atelier réalisé.' },
    ])
    expect(workshopProblems({ status: 'held', startsAt: past, participants: -1 }, now)).toMatchObject([
      { path: 'participants' },
    ])
  })

  it('wants a capacity of at least one place, and coordinates in pairs and in range', () => {
    expect(workshopProblems({ status: 'planned', startsAt: future, capacity: 0 }, now)).toMatchObject([
      { path: 'capacity' },
    ])
    expect(workshopProblems({ status: 'planned', startsAt: future, latitude: 49.5 }, now)).toMatchObject([
      { path: 'longitude' },
    ])
    expect(workshopProblems({ status: 'planned', startsAt: future, latitude: 95, longitude: 3 }, now)).toMatchObject([
      { path: 'latitude' },
    ])
  })
})

describe('Paris calendar', () => {
  it('a workshop on New Year’s Eve at 23:30 in Paris belongs to the new year only after midnight', () => {
    expect(yearInParis('2023-12-31T22:30:00Z')).toBe(2023)
    expect(yearInParis('2023-12-31T23:30:00Z')).toBe(2024)
    expect(dayInParis(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02')
  })
})
