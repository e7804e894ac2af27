import type { ServerProps } from 'payload'

import { fundBalanceCents } from '@/services/donations/solidarity-fund'
import { formatEuros } from '@/ui/format'

/** Above the fund's movements: its balance, from the ledger. */
export async function FundBalance({ payload }: ServerProps) {
  const balance = await fundBalanceCents(payload)
  return (
    <p style={{ fontSize: '1.2rem' }}>
      Solde du fonds solidaire : <strong>{formatEuros(balance)}</strong>
    </p>
  )
}
