/**
 * Rates and averages from counts and sums, in integers where money is concerned. Pure: the SQL
 * returns counts and sums, these turn them into the published figures.
 */

/** part / whole, or null when there is nothing to divide (shown as "—", never as 0 %). */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null
}

/** A ratio as a whole percentage, rounded half up (0.935 → 94), or null. */
export function roundedPercent(part: number, whole: number): number | null {
  if (whole <= 0) return null
  return Math.floor((part * 100 * 2 + whole) / (2 * whole))
}

/** total / count in whole cents, rounded half up, or null for no item (integer arithmetic: exact for any amount in cents). */
export function averageCents(totalCents: number, count: number): number | null {
  if (count <= 0) return null
  const total = BigInt(Math.round(totalCents))
  const n = BigInt(count)
  return Number((2n * total + n) / (2n * n))
}
