/**
 * What is kept after an account is erased, and until when (domain.md, GDPR): the gifts' amounts and
 * the donor's identity as given back the GIP's and the structures' accounting and the tax receipts.
 */
export const RETENTION = {
  accounting: { years: 10, law: 'Code de commerce, article L123-22' },
  taxReceipts: { years: 6, law: 'Livre des procédures fiscales, article L102 B' },
} as const

export type RetentionDates = { accountingUntil: string; taxReceiptsUntil: string }

/**
 * The dates until which the records of these gifts are kept at the latest (ISO dates), or null
 * without gifts. The money of a gift is settled (paid out, refunded or moved to the fund) and its
 * receipt issued at the latest in the calendar year after the gift (campaigns last 90 days at most,
 * a failed campaign's donor has 30 days to choose). Accounting records are kept 10 years from the
 * close of that financial year (the calendar year); receipts and their supporting records 6 years
 * from the year they are issued.
 */
export function retentionDates(giftDates: readonly string[]): RetentionDates | null {
  if (!giftDates.length) return null
  const lastYear = Math.max(...giftDates.map((date) => new Date(date).getUTCFullYear()))
  const settledBy = lastYear + 1
  return { accountingUntil: `${settledBy + RETENTION.accounting.years}-12-31`, taxReceiptsUntil: `${settledBy + RETENTION.taxReceipts.years}-12-31` }
}
