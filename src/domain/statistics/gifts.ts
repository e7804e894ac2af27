/**
 * Gifts in the statistics. A gift counts once its money was received (paid, whatever happened
 * next: kept, refunded or moved to the solidarity fund; never a gift paid late past the optimum,
 * which is refunded). It belongs to the period of its campaign, like the campaign's other figures,
 * and only campaigns completed in that period count. Donors' gifts (`source = donor`) are "the
 * gifts"; top-ups (solidarity fund, sponsors) are counted apart.
 */
import { averageCents, roundedPercent } from './ratios'

export const COUNTED_GIFT_STATUSES = ['paid', 'refunded', 'reallocated'] as const

export type GiftSource = 'donor' | 'solidarity' | 'sponsor'

export type GiftForStats = {
  status: string
  overflow?: boolean | null
  source: GiftSource
  donorType: 'individual' | 'company'
  amountCents: number
  projectId: number
  /** The donor's postcode and commune as given (companies), and the school's. */
  donorPostcode?: string | null
  donorCity?: string | null
  schoolDepartmentCode?: string | null
  schoolCommune?: string | null
}

export const isCountedGift = (g: Pick<GiftForStats, 'status' | 'overflow'>) =>
  (COUNTED_GIFT_STATUSES as readonly string[]).includes(g.status) && !g.overflow

/**
 * The département of a French postcode: 2 digits, 3 for overseas (971…976, 984…988), Corsica's
 * 20xxx split at 20200 (below: Corse-du-Sud 2A; from 20200: Haute-Corse 2B). Null if not a postcode.
 */
export function departmentOfPostcode(postcode: string | null | undefined): string | null {
  const code = postcode?.trim() ?? ''
  if (!/^\d{5}$/.test(code)) return null
  if (code.startsWith('97') || code.startsWith('98')) return code.slice(0, 3)
  if (code.startsWith('20')) return code < '20200' ? '2A' : '2B'
  return code.slice(0, 2)
}

const ACCENTED = 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ'
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyy'

/** A commune's name folded for comparison: case, accents, spaces, hyphens and apostrophes ignored ("Saint-Denis" = "ST DENIS" is not claimed). */
export function communeKey(name: string | null | undefined): string {
  let folded = ''
  for (const char of (name ?? '').toLowerCase()) {
    const at = ACCENTED.indexOf(char)
    folded += at >= 0 ? PLAIN[at] : char
  }
  return folded.replace(/[^a-z0-9]/g, '')
}

/** The same folding in SQL (translate + regexp_replace), for `communeKey` in the aggregates. */
export const communeKeySql = (column: string) =>
  `regexp_replace(translate(lower(${column}), '${ACCENTED}', '${PLAIN}'), '[^a-z0-9]', '', 'g')`

/** What the SQL sums over a period's gifts. */
export type GiftCounts = {
  count: number
  totalCents: number
  minCents: number | null
  maxCents: number | null
  individualCount: number
  individualCents: number
  companyCount: number
  companyCents: number
  companyMinCents: number | null
  companyMaxCents: number | null
  /** Campaigns that received at least one company gift. */
  campaignsWithCompanyGift: number
  /** Company gifts whose donor's postcode and commune are known, and among them those near the school. */
  companyLocated: number
  companySameDepartment: number
  companySameCommune: number
  solidarityCount: number
  solidarityCents: number
  campaignsWithSolidarityTopUp: number
  sponsorCount: number
  sponsorCents: number
  campaignsWithSponsorTopUp: number
}

export const emptyGiftCounts = (): GiftCounts => ({
  count: 0,
  totalCents: 0,
  minCents: null,
  maxCents: null,
  individualCount: 0,
  individualCents: 0,
  companyCount: 0,
  companyCents: 0,
  companyMinCents: null,
  companyMaxCents: null,
  campaignsWithCompanyGift: 0,
  companyLocated: 0,
  companySameDepartment: 0,
  companySameCommune: 0,
  solidarityCount: 0,
  solidarityCents: 0,
  campaignsWithSolidarityTopUp: 0,
  sponsorCount: 0,
  sponsorCents: 0,
  campaignsWithSponsorTopUp: 0,
})

const lower = (a: number | null, b: number) => (a === null ? b : Math.min(a, b))
const higher = (a: number | null, b: number) => (a === null ? b : Math.max(a, b))

/** Reference implementation on a set of gifts (already restricted to one period's completed campaigns). */
export function countGifts(gifts: readonly GiftForStats[]): GiftCounts {
  const c = emptyGiftCounts()
  const withCompany = new Set<number>()
  const withSolidarity = new Set<number>()
  const withSponsor = new Set<number>()
  for (const g of gifts) {
    if (!isCountedGift(g)) continue
    if (g.source === 'solidarity') {
      c.solidarityCount++
      c.solidarityCents += g.amountCents
      withSolidarity.add(g.projectId)
      continue
    }
    if (g.source === 'sponsor') {
      c.sponsorCount++
      c.sponsorCents += g.amountCents
      withSponsor.add(g.projectId)
      continue
    }
    c.count++
    c.totalCents += g.amountCents
    c.minCents = lower(c.minCents, g.amountCents)
    c.maxCents = higher(c.maxCents, g.amountCents)
    if (g.donorType === 'individual') {
      c.individualCount++
      c.individualCents += g.amountCents
      continue
    }
    c.companyCount++
    c.companyCents += g.amountCents
    c.companyMinCents = lower(c.companyMinCents, g.amountCents)
    c.companyMaxCents = higher(c.companyMaxCents, g.amountCents)
    withCompany.add(g.projectId)
    const department = departmentOfPostcode(g.donorPostcode)
    if (department && communeKey(g.donorCity) && g.schoolDepartmentCode && communeKey(g.schoolCommune)) {
      c.companyLocated++
      if (department === g.schoolDepartmentCode) {
        c.companySameDepartment++
        if (communeKey(g.donorCity) === communeKey(g.schoolCommune)) c.companySameCommune++
      }
    }
  }
  c.campaignsWithCompanyGift = withCompany.size
  c.campaignsWithSolidarityTopUp = withSolidarity.size
  c.campaignsWithSponsorTopUp = withSponsor.size
  return c
}

export type GiftFigures = GiftCounts & {
  averageCents: number | null
  companyAverageCents: number | null
  /** Shares in whole percent: of the donors' gifts' amount, and of all money received (gifts and top-ups). */
  companyShareOfGifts: number | null
  companyShareOfGiftCount: number | null
  companySameDepartmentShare: number | null
  companySameCommuneShare: number | null
  allCents: number
  individualShareOfAll: number | null
  companyShareOfAll: number | null
  solidarityShareOfAll: number | null
  sponsorShareOfAll: number | null
}

export function giftFigures(c: GiftCounts): GiftFigures {
  const allCents = c.totalCents + c.solidarityCents + c.sponsorCents
  return {
    ...c,
    averageCents: averageCents(c.totalCents, c.count),
    companyAverageCents: averageCents(c.companyCents, c.companyCount),
    companyShareOfGifts: roundedPercent(c.companyCents, c.totalCents),
    companyShareOfGiftCount: roundedPercent(c.companyCount, c.count),
    companySameDepartmentShare: roundedPercent(c.companySameDepartment, c.companyLocated),
    companySameCommuneShare: roundedPercent(c.companySameCommune, c.companyLocated),
    allCents,
    individualShareOfAll: roundedPercent(c.individualCents, allCents),
    companyShareOfAll: roundedPercent(c.companyCents, allCents),
    solidarityShareOfAll: roundedPercent(c.solidarityCents, allCents),
    sponsorShareOfAll: roundedPercent(c.sponsorCents, allCents),
  }
}
