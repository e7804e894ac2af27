import { describe, expect, it } from 'vitest'

import {
  ANONYMISED_IDENTITY_FIELDS,
  type DonorIdentity,
  giftRecordsKeptUntil,
  isPastRetention,
  lastGiftYearPastRetention,
  lastReceiptYearPastRetention,
  receiptKeptUntil,
  retentionDates,
} from './retention'

describe('retentionDates', () => {
  it('has nothing to keep without gifts', () => expect(retentionDates([])).toBeNull())

  it.each([
    [
      'a gift on 1 January',
      ['2026-01-01T00:00:00.000Z'],
      { accountingUntil: '2037-12-31', taxReceiptsUntil: '2033-12-31' },
    ],
    [
      'a gift on 31 December, 23:59 in Paris',
      ['2026-12-31T22:59:59.000Z'],
      { accountingUntil: '2037-12-31', taxReceiptsUntil: '2033-12-31' },
    ],
    [
      'a gift on 31 December at 23:30 UTC, already 1 January in Paris',
      ['2026-12-31T23:30:00.000Z'],
      { accountingUntil: '2038-12-31', taxReceiptsUntil: '2034-12-31' },
    ],
    [
      'a gift on a leap day',
      ['2024-02-29T12:00:00.000Z'],
      { accountingUntil: '2035-12-31', taxReceiptsUntil: '2031-12-31' },
    ],
    [
      'the latest of several gifts',
      ['2024-05-02T10:00:00.000Z', '2027-03-01T10:00:00.000Z', '2025-11-30T10:00:00.000Z'],
      { accountingUntil: '2038-12-31', taxReceiptsUntil: '2034-12-31' },
    ],
  ])('counts from the year after %s', (_case, dates, expected) => expect(retentionDates(dates)).toEqual(expected))
})

describe('giftRecordsKeptUntil', () => {
  it.each([
    ['1 January, just after midnight in Paris (31 December UTC)', '2015-12-31T23:30:00.000Z', '2027-12-31'],
    ['31 December, just before midnight in Paris', '2015-12-31T22:30:00.000Z', '2026-12-31'],
    ['29 February', '2016-02-29T10:00:00.000Z', '2027-12-31'],
    ['30 June, late evening in Paris (summer time)', '2015-06-30T21:59:59.000Z', '2026-12-31'],
  ])('a gift on %s is kept until the end of the 11th year after it', (_case, giftDate, keptUntil) =>
    expect(giftRecordsKeptUntil(giftDate)).toBe(keptUntil),
  )
})

describe('receiptKeptUntil', () => {
  it.each([
    [2019, '2025-12-31'],
    [2020, '2026-12-31'], // a leap year changes nothing: whole calendar years
  ])('a receipt of %i is kept until %s', (year, keptUntil) => expect(receiptKeptUntil(year)).toBe(keptUntil))
})

describe('isPastRetention', () => {
  it.each([
    ['on the last day, in Paris', '2026-12-31', '2026-12-31T22:59:59.000Z', false],
    ['the next day in Paris, still 31 December in UTC', '2026-12-31', '2026-12-31T23:00:00.000Z', true],
    ['the day before', '2026-12-31', '2026-12-30T12:00:00.000Z', false],
    ['a leap day after the last day', '2027-12-31', '2028-02-29T12:00:00.000Z', true],
    ['years later', '2020-12-31', '2031-01-01T12:00:00.000Z', true],
  ])('%s', (_case, keptUntil, now, expected) => expect(isPastRetention(keptUntil, new Date(now))).toBe(expected))
})

describe('the last years past retention agree with the dates', () => {
  it.each([
    '2026-12-06T06:00:00.000Z',
    '2026-12-31T23:30:00.000Z',
    '2027-01-01T00:30:00.000Z',
    '2028-02-29T12:00:00.000Z',
  ])('on %s', (iso) => {
    const now = new Date(iso)
    const giftYear = lastGiftYearPastRetention(now)
    expect(isPastRetention(giftRecordsKeptUntil(`${giftYear}-07-01T12:00:00.000Z`), now)).toBe(true)
    expect(isPastRetention(giftRecordsKeptUntil(`${giftYear + 1}-01-01T12:00:00.000Z`), now)).toBe(false)
    const receiptYear = lastReceiptYearPastRetention(now)
    expect(isPastRetention(receiptKeptUntil(receiptYear), now)).toBe(true)
    expect(isPastRetention(receiptKeptUntil(receiptYear + 1), now)).toBe(false)
  })

  it('on 6 December 2026: gifts of 2014 and before, receipts of 2019 and before', () => {
    expect(lastGiftYearPastRetention(new Date('2026-12-06T06:00:00.000Z'))).toBe(2014)
    expect(lastReceiptYearPastRetention(new Date('2026-12-06T06:00:00.000Z'))).toBe(2019)
  })

  it('the new year comes in Paris time: on 1 January 2027 at 00:30 in Paris, gifts of 2015 and receipts of 2020 go', () => {
    expect(lastGiftYearPastRetention(new Date('2026-12-31T23:30:00.000Z'))).toBe(2015)
    expect(lastReceiptYearPastRetention(new Date('2026-12-31T23:30:00.000Z'))).toBe(2020)
  })
})

describe('ANONYMISED_IDENTITY_FIELDS', () => {
  const every: (keyof DonorIdentity)[] = [
    'firstName',
    'lastName',
    'email',
    'address',
    'postcode',
    'city',
    'country',
    'companyName',
    'legalForm',
    'siren',
  ]
  const kept = (donorType: 'individual' | 'company') =>
    every.filter((field) => !ANONYMISED_IDENTITY_FIELDS[donorType].includes(field))

  it('keeps nothing of a person', () => expect(kept('individual')).toEqual([]))

  it('keeps a company and its commune, not its representative nor the street', () => {
    expect(kept('company')).toEqual(['postcode', 'city', 'country', 'companyName', 'legalForm', 'siren'])
  })
})
