/**
 * Receipt numbers (domain.md, "tax receipts"): `<issuer code>-<year>-<sequence>`, sequential per
 * issuer and calendar year, with no gap and no reuse. The sequence is allocated in the receipt's
 * own transaction (the issuer's row locked, then the year's highest sequence + 1) under a unique
 * constraint, so a rolled-back issuance leaves no gap and two issuances never share a number.
 */
export const ISSUER_CODE = /^[A-Z0-9]{2,12}$/

export function formatReceiptNumber(issuerCode: string, year: number, sequence: number): string {
  if (!ISSUER_CODE.test(issuerCode)) throw new RangeError(`invalid issuer code: ${issuerCode}`)
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError('sequence must be a positive integer')
  return `${issuerCode}-${year}-${String(sequence).padStart(6, '0')}`
}

/** A calendar year as typed in a filter or a URL, or null ("2026" → 2026; "26", "2026a", "1850" → null). */
export function parseYear(value: unknown): number | null {
  const text = String(value ?? '').trim()
  if (!/^\d{4}$/.test(text)) return null
  const year = Number(text)
  return year >= 2000 && year <= 2100 ? year : null
}

export const YEAR_ERROR = 'Indiquez une année sur quatre chiffres, par exemple 2026.'
