/** The states of a gift (domain.md): pending → paid → refunded | reallocated, or pending → failed | expired. */
export const DONATION_STATUSES = ['pending', 'paid', 'failed', 'expired', 'refunded', 'reallocated'] as const
export type DonationStatus = (typeof DONATION_STATUSES)[number]

export const DONATION_STATUS_LABELS: Record<DonationStatus, string> = {
  pending: 'En attente de paiement',
  paid: 'Payé',
  failed: 'Paiement échoué',
  expired: 'Expiré',
  refunded: 'Remboursé',
  reallocated: 'Versé au fonds solidaire',
}

const NEXT: Record<DonationStatus, readonly DonationStatus[]> = {
  pending: ['paid', 'failed', 'expired'],
  // A payment confirmed after its checkout expired is still money received: it counts.
  expired: ['paid'],
  failed: [],
  paid: ['refunded', 'reallocated'],
  refunded: [],
  reallocated: [],
}

/**
 * Whether a gift may move from one state to another. Payment events arrive late, twice or out of
 * order: anything that is not a step forward is ignored, so no event moves a gift backwards.
 */
export const canMoveDonation = (from: DonationStatus, to: DonationStatus) => NEXT[from].includes(to)

/** A status write the machine refuses is an error, never a silent write: the donations store checks every one with this. */
export function assertDonationMove(from: DonationStatus, to: DonationStatus): void {
  if (!canMoveDonation(from, to)) throw new Error(`A gift cannot move from ${from} to ${to}`)
}
