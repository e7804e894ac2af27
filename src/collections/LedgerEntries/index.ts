import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access'
import { centsField } from '@/fields/money'

export const LEDGER_KINDS = [
  'gift_in',
  'commission',
  'payout',
  'refund',
  'reallocation',
  'fund_grant_in',
  'fund_topup_out',
  'sponsor_topup',
] as const

const LEDGER_KIND_LABELS: Record<(typeof LEDGER_KINDS)[number], string> = {
  gift_in: 'Don reçu',
  commission: 'Commission',
  payout: 'Versement à la structure',
  refund: 'Remboursement',
  reallocation: 'Report vers le fonds solidaire',
  fund_grant_in: 'Apport au fonds solidaire',
  fund_topup_out: 'Abondement du fonds solidaire',
  sponsor_topup: 'Abondement d’un mécène',
}

/**
 * The ledger: every movement of money is a row (amount in cents, from one account to another),
 * written in the same transaction as the change that causes it, never updated nor deleted.
 * Accounts: `donor`, `project:<id>`, `platform`, `structure:<id>`, `fund`, `sponsor:<id>`.
 */
export const LedgerEntries: CollectionConfig = {
  slug: 'ledger-entries',
  labels: { singular: { fr: 'Écriture', en: 'Ledger entry' }, plural: { fr: 'Grand livre', en: 'Ledger' } },
  admin: {
    defaultColumns: ['kind', 'amountCents', 'fromAccount', 'toAccount', 'createdAt'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  access: { read: adminOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: { fr: 'Nature', en: 'Kind' },
      required: true,
      index: true,
      options: LEDGER_KINDS.map((value) => ({ value, label: { fr: LEDGER_KIND_LABELS[value], en: value } })),
    },
    centsField('amountCents', { fr: 'Montant', en: 'Amount' }, { required: true }),
    {
      name: 'fromAccount',
      type: 'text',
      label: { fr: 'Compte débité', en: 'From account' },
      required: true,
      index: true,
    },
    { name: 'toAccount', type: 'text', label: { fr: 'Compte crédité', en: 'To account' }, required: true, index: true },
    {
      name: 'project',
      type: 'relationship',
      relationTo: 'projects',
      label: { fr: 'Projet', en: 'Project' },
      index: true,
    },
    {
      name: 'donation',
      type: 'relationship',
      relationTo: 'donations',
      label: { fr: 'Don', en: 'Donation' },
      index: true,
    },
  ],
}
