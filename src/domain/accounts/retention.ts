import { parisDate } from '@/domain/projects/campaign-window'

/**
 * What is kept after an account is erased, and until when (domain.md, GDPR): the gifts' amounts and
 * the donor's identity as given back the GIP's and the structures' accounting and the tax receipts.
 * Once these periods end, the retention job (src/services/retention) anonymises what an erased
 * donor's gifts still say about them and deletes the receipts' PDFs.
 */
export const RETENTION = {
  accounting: { years: 10, law: 'Code de commerce, article L123-22' },
  taxReceipts: { years: 6, law: 'Livre des procédures fiscales, article L102 B' },
} as const

export type RetentionDates = { accountingUntil: string; taxReceiptsUntil: string }

/** The calendar year of an instant in France: the financial year is the calendar year, in Paris time. */
const parisYear = (instant: Date) => Number(parisDate(instant).slice(0, 4))

/**
 * The year in which the money of a gift is settled (paid out, refunded or moved to the fund) and
 * its receipt issued, at the latest: the year after the gift (campaigns last 90 days at most, a
 * failed campaign's donor has 30 days to choose). That year's close starts both periods.
 */
const settledBy = (giftDate: string) => parisYear(new Date(giftDate)) + 1

const accountingKeptUntil = (settledYear: number) => `${settledYear + RETENTION.accounting.years}-12-31`

/**
 * The last day (ISO date, included) the accounting records of a gift made at `giftDate` are kept:
 * 10 years from the close of the financial year in which its money was settled.
 */
export function giftRecordsKeptUntil(giftDate: string): string {
  return accountingKeptUntil(settledBy(giftDate))
}

/** The last day (ISO date, included) a tax receipt issued in `receiptYear`, and its PDF, are kept: 6 years from the end of that year. */
export function receiptKeptUntil(receiptYear: number): string {
  return `${receiptYear + RETENTION.taxReceipts.years}-12-31`
}

/** Whether a record kept until `keptUntil` (ISO date, included) may go on `now`, a day judged in Paris time. */
export function isPastRetention(keptUntil: string, now: Date): boolean {
  return parisDate(now) > keptUntil
}

/** The latest calendar year (Paris time) whose gifts' records are past their retention on `now`. */
export function lastGiftYearPastRetention(now: Date): number {
  return parisYear(now) - RETENTION.accounting.years - 2
}

/** The latest year of issue whose receipts' PDFs are past their retention on `now`. */
export function lastReceiptYearPastRetention(now: Date): number {
  return parisYear(now) - RETENTION.taxReceipts.years - 1
}

/**
 * The dates until which the records of these gifts are kept at the latest (ISO dates), or null
 * without gifts: accounting records 10 years, receipts and their supporting records 6 years from
 * the year they are issued (at the latest the year after the gift).
 */
export function retentionDates(giftDates: readonly string[]): RetentionDates | null {
  if (!giftDates.length) return null
  const settled = Math.max(...giftDates.map(settledBy))
  return { accountingUntil: accountingKeptUntil(settled), taxReceiptsUntil: receiptKeptUntil(settled) }
}

export type DonorIdentity = {
  firstName: string | null
  lastName: string | null
  email: string | null
  address: string | null
  postcode: string | null
  city: string | null
  country: string | null
  companyName: string | null
  legalForm: string | null
  siren: string | null
}

/**
 * What an erased donor's identity loses on a gift (and on its receipt) once the accounting
 * retention has ended: a person's names, e-mail and postal address. A company, a legal person,
 * keeps its name, legal form, SIREN and commune (postcode, city, country), which are not personal
 * data and feed the statistics (companies giving in the school's département); its
 * representative's names and e-mail, and the street address, go.
 */
export const ANONYMISED_IDENTITY_FIELDS: Record<'individual' | 'company', readonly (keyof DonorIdentity)[]> = {
  individual: [
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
  ],
  company: ['firstName', 'lastName', 'email', 'address'],
}
