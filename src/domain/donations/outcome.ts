/**
 * A campaign's outcome once it is settling: it waits while a payment is still pending (a SEPA debit
 * or a transfer may still arrive), then succeeds when the paid total reaches the minimum, and fails
 * otherwise.
 */
export type Outcome = 'wait' | 'succeeded' | 'failed'

export function decideOutcome({
  paidCents,
  minimumGoalCents,
  pendingCount,
}: {
  paidCents: number
  minimumGoalCents: number
  pendingCount: number
}): Outcome {
  if (pendingCount > 0) return 'wait'
  return paidCents >= minimumGoalCents ? 'succeeded' : 'failed'
}
