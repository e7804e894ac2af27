/**
 * The platform's commission on a succeeded campaign: 6.5 % of the collected amount, rounded to the
 * nearest cent, half a cent rounded up (e.g. 6.5 % of 1,010 cents = 65.65 → 66 cents). Computed in
 * integers: no floating point touches money. The payout to the structure is the rest, so
 * commission + payout = collected, always.
 */
export const COMMISSION_PER_MILLE = 65

export function commissionCents(collectedCents: number): number {
  if (!Number.isInteger(collectedCents) || collectedCents < 0)
    throw new RangeError('collected amount must be a non-negative integer of cents')
  return Math.floor((collectedCents * COMMISSION_PER_MILLE + 500) / 1000)
}

export function settlement(collectedCents: number): { commissionCents: number; payoutCents: number } {
  const commission = commissionCents(collectedCents)
  return { commissionCents: commission, payoutCents: collectedCents - commission }
}
