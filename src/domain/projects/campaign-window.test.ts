import { describe, expect, it } from 'vitest'

import { campaignDays, checkCampaignWindow, parisDate } from './campaign-window'

// 27 November 2026, 23:30 UTC is already 28 November in Paris.
const lateEvening = new Date('2026-11-27T23:30:00Z')
const morning = new Date('2026-11-27T09:00:00Z')

describe('parisDate', () => {
  it('uses the Paris calendar day, not UTC', () => {
    expect(parisDate(morning)).toBe('2026-11-27')
    expect(parisDate(lateEvening)).toBe('2026-11-28')
  })
})

describe('campaignDays', () => {
  it('counts both ends, across a daylight-saving change', () => {
    expect(campaignDays('2026-03-20', '2026-04-03')).toBe(15)
  })
})

describe('checkCampaignWindow', () => {
  it.each([
    ['15 days starting today', '2026-11-27', '2026-12-11', morning],
    ['90 days', '2026-12-01', '2027-02-28', morning],
  ])('accepts %s', (_label, startDate, endDate, now) => {
    expect(checkCampaignWindow({ startDate, endDate, now })).toEqual([])
  })

  it.each([
    [
      '14 days',
      '2026-12-01',
      '2026-12-14',
      morning,
      [{ path: 'endDate', message: 'Une collecte dure de 15 à 90 jours (ici : 14 jours).' }],
    ],
    [
      '91 days',
      '2026-12-01',
      '2027-03-01',
      morning,
      [{ path: 'endDate', message: 'Une collecte dure de 15 à 90 jours (ici : 91 jours).' }],
    ],
    [
      'an end before the start',
      '2026-12-20',
      '2026-12-01',
      morning,
      [{ path: 'endDate', message: 'Une collecte dure de 15 à 90 jours (ici : -18 jours).' }],
    ],
    [
      'a start that is already past in Paris',
      '2026-11-27',
      '2026-12-20',
      lateEvening,
      [{ path: 'startDate', message: 'La collecte ne peut pas commencer dans le passé.' }],
    ],
    [
      'dates that are not dates',
      '2026-02-30x',
      'demain',
      morning,
      [
        { path: 'startDate', message: 'Indiquez une date de début valide.' },
        { path: 'endDate', message: 'Indiquez une date de fin valide.' },
      ],
    ],
  ])('refuses %s', (_label, startDate, endDate, now, problems) => {
    expect(checkCampaignWindow({ startDate, endDate, now })).toEqual(problems)
  })
})
