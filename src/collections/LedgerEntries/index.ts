import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access'
import { centsField } from '@/fields/money'

export const LEDGER_KINDS = ['gift_in', 'commission', 'payout', 'refund', 'reallocation', 'fund_grant_in', 'fund_topup_out', 'sponsor_topup'] as const

/**
 * The ledger: every movement of money is a row (amount in cents, from one account to another),
 * written in the same transaction as the change that causes it, never updated nor deleted.
 * Accounts: `donor`, `project:<id>`, `platform`, `structure:<id>`, `fund`, `sponsor:<id>`.
 */
export const LedgerEntries: CollectionConfig = {
  slug: 'ledger-entries',
  labels: { singular: { fr: 'Écriture', en: 'Ledger entry' }, plural: { fr: 'Grand livre', en: 'Ledger' } },
  admin: { defaultColumns: ['kind', 'amountCents', 'fromAccount', 'toAccount', 'createdAt'], group: { fr: 'Administration', en: 'Administration' } },
  access: { read: adminOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'kind', type: 'select', required: true, index: true, options: [...LEDGER_KINDS] },
    centsField('amountCents', { fr: 'Montant', en: 'Amount' }, { required: true }),
    { name: 'fromAccount', type: 'text', required: true, index: true },
    { name: 'toAccount', type: 'text', required: true, index: true },
    { name: 'project', type: 'relationship', relationTo: 'projects', index: true },
    { name: 'donation', type: 'relationship', relationTo: 'donations', index: true },
  ],
}
