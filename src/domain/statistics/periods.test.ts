import { describe, expect, it } from 'vitest'

import {
  defaultPeriod,
  keyFiguresQuery,
  monthsOf,
  parsePeriodKind,
  parseYear,
  periodBounds,
  periodLabel,
  periodOf,
} from './periods'

describe('periods', () => {
  it.each([
    ['2023-01-01', 2023, 2022],
    ['2023-08-31', 2023, 2022],
    ['2023-09-01', 2023, 2023],
    ['2023-12-31', 2023, 2023],
  ])('%s is in calendar year %i and school year %i', (date, calendar, school) => {
    expect(periodOf(date, 'calendar')).toBe(calendar)
    expect(periodOf(date, 'school')).toBe(school)
  })
  it('bounds and names periods', () => {
    expect(periodBounds(2023, 'calendar')).toEqual({ from: '2023-01-01', to: '2024-01-01' })
    expect(periodBounds(2022, 'school')).toEqual({ from: '2022-09-01', to: '2023-09-01' })
    expect([periodLabel(2023, 'calendar'), periodLabel(2022, 'school')]).toEqual(['2023', '2022-2023'])
  })
  it('lists a school year’s months from September', () => {
    const months = monthsOf(2022, 'school')
    expect(months[0]).toEqual({ month: 9, label: 'septembre 2022' })
    expect(months[11]).toEqual({ month: 8, label: 'août 2023' })
    expect(monthsOf(2023, 'calendar')[0].label).toBe('janvier 2023')
  })
  it('reads the query string', () => {
    expect([parsePeriodKind('scolaire'), parsePeriodKind('civile'), parsePeriodKind(undefined)]).toEqual([
      'school',
      'calendar',
      'calendar',
    ])
    expect([parseYear('2023'), parseYear('23'), parseYear('1999'), parseYear(['2023'])]).toEqual([
      2023,
      null,
      null,
      null,
    ])
  })
  it.each([
    [[2026, 2025, 2023], [2025, 2023], 2026, 2025],
    [[2026], [], 2026, 2026],
    [[2024], [], 2026, 2024],
    [[], [], 2026, 2026],
  ])('opens on the last period with completed campaigns: %j, %j → %i', (periods, completed, current, expected) => {
    expect(defaultPeriod(periods, completed, current)).toBe(expected)
  })
  it.each([
    ['', ''],
    ['annee=2023', 'annee=2023'],
    ['periode=scolaire&annee=2022&x=1', 'annee=2022&periode=scolaire'],
    ['annee=2022&periode=civile', 'annee=2022'],
    ['annee=2022&annee=2023', ''],
    ['annee=-99999999999999999999&periode=%3Cscript%3E', ''],
    ['annee=1999&periode=school', 'periode=scolaire'],
  ])('the key figures of "%s" are cached as "%s"', (search, canonical) => {
    expect(keyFiguresQuery(new URLSearchParams(search))).toBe(canonical)
  })
})
