import { describe, expect, it } from 'vitest'

import { type GiftForStats, communeKey, countGifts, departmentOfPostcode, giftFigures } from './gifts'

const school = { schoolDepartmentCode: '95', schoolCommune: 'Cergy' }
const g = (amountCents: number, extra: Partial<GiftForStats> = {}): GiftForStats => ({
  status: 'paid',
  source: 'donor',
  donorType: 'individual',
  amountCents,
  projectId: 1,
  ...school,
  ...extra,
})

describe('gifts', () => {
  it('finds the département of a postcode', () => {
    expect(
      ['95000', '02100', '20000', '20190', '20200', '97110', '98800', '9500', null].map(departmentOfPostcode),
    ).toEqual(['95', '02', '2A', '2A', '2B', '971', '988', null, null])
  })
  it('compares communes without case, accents or punctuation', () => {
    expect(communeKey('Saint-Ouen-l’Aumône')).toBe(communeKey('SAINT OUEN L AUMONE'))
    expect(communeKey('Évry')).toBe('evry')
  })
  it('counts the gifts that were received, companies apart, top-ups apart', () => {
    const counts = countGifts([
      g(1000),
      g(5000, { status: 'refunded' }),
      g(3000, { status: 'reallocated' }),
      g(9999, { status: 'pending' }),
      g(8888, { overflow: true }),
      g(60_000, { donorType: 'company', donorPostcode: '95000', donorCity: 'CERGY' }),
      g(20_000, { donorType: 'company', donorPostcode: '95100', donorCity: 'Argenteuil', projectId: 2 }),
      g(10_000, { donorType: 'company', donorPostcode: '75001', donorCity: 'Paris', projectId: 2 }),
      g(4000, { donorType: 'company' }),
      g(7000, { source: 'solidarity', projectId: 3 }),
      g(2000, { source: 'sponsor' }),
    ])
    const figures = giftFigures(counts)
    expect(figures).toMatchObject({
      count: 7,
      totalCents: 103_000,
      minCents: 1000,
      maxCents: 60_000,
      averageCents: 14_714,
      individualCount: 3,
      individualCents: 9000,
      companyCount: 4,
      companyCents: 94_000,
      companyAverageCents: 23_500,
      companyMinCents: 4000,
      companyMaxCents: 60_000,
      campaignsWithCompanyGift: 2,
      companyLocated: 3,
      companySameDepartment: 2,
      companySameCommune: 1,
      companySameDepartmentShare: 67,
      companySameCommuneShare: 33,
      companyShareOfGifts: 91,
      solidarityCount: 1,
      solidarityCents: 7000,
      campaignsWithSolidarityTopUp: 1,
      sponsorCents: 2000,
      allCents: 112_000,
      individualShareOfAll: 8,
      companyShareOfAll: 84,
      solidarityShareOfAll: 6,
      sponsorShareOfAll: 2,
    })
  })
  it('has no average nor extremes without gifts', () => {
    expect(giftFigures(countGifts([]))).toMatchObject({
      count: 0,
      averageCents: null,
      minCents: null,
      companySameDepartmentShare: null,
    })
  })
})
