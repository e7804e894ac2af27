/** Amounts typed by people (French style) ↔ integer cents. */

/** "1 234,50", "1234.5" or "1 234 €" → 123450 cents; null when empty; NaN when not an amount. */
export function parseEuros(text: string | undefined): number | null {
  const cleaned = (text ?? '').replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.')
  if (!cleaned) return null
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return Number.NaN
  const [units, decimals = ''] = cleaned.split('.')
  return Number(units) * 100 + Number(decimals.padEnd(2, '0'))
}

/** Cents → "1234,50" (or "1234" for whole euros), for an input's value. */
export function centsToInput(cents: number | null | undefined): string {
  if (cents == null) return ''
  return cents % 100 === 0 ? String(cents / 100) : `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`
}
