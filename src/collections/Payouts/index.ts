import type { CollectionConfig } from 'payload'

import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { centsField } from '@/fields/money'
import { label } from '@/fields/label'

import { payoutPaidEndpoint } from './endpoints/paid'

export const PAYOUT_STATUSES = [
  { value: 'pending', label: label('À verser', 'To pay') },
  { value: 'manual', label: label('À verser par virement (pas de compte Stripe)', 'To pay by bank transfer') },
  { value: 'transferred', label: label('Versé par Stripe', 'Transferred by Stripe') },
  { value: 'paid_manually', label: label('Versé par virement', 'Paid by bank transfer') },
]

/**
 * What a succeeded campaign pays its receiving structure: written with the commission and payout
 * ledger rows in the settlement's transaction (one per project, unique), then transferred to the
 * structure's Stripe connected account, or paid by bank transfer and marked so by an admin.
 */
export const Payouts: CollectionConfig = {
  slug: 'payouts',
  labels: { singular: label('Versement', 'Payout'), plural: label('Versements', 'Payouts') },
  admin: {
    defaultColumns: ['project', 'structure', 'payoutCents', 'status', 'createdAt'],
    group: label('Financement participatif', 'Crowdfunding'),
  },
  endpoints: [payoutPaidEndpoint],
  access: {
    read: ({ req: { user } }) => {
      if (hasRole(user, 'admin')) return true
      if (user && hasRole(user, 'structure-manager')) return { structure: { in: relationIds(user.structures) } }
      return false
    },
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    {
      name: 'project',
      type: 'relationship',
      relationTo: 'projects',
      required: true,
      unique: true,
      label: label('Projet', 'Project'),
    },
    {
      name: 'structure',
      type: 'relationship',
      relationTo: 'structures',
      index: true,
      label: label('Structure bénéficiaire', 'Receiving structure'),
    },
    {
      type: 'row',
      fields: [
        centsField('collectedCents', label('Collecté', 'Collected'), { required: true }),
        centsField('commissionCents', label('Commission (6,5 %)', 'Commission (6.5 %)'), { required: true }),
        centsField('payoutCents', label('Versement', 'Payout'), { required: true }),
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: PAYOUT_STATUSES,
      label: label('Statut', 'Status'),
    },
    // Stripe's reference of the transfer: for the GIP's admins, who reconcile it with Stripe (a structure's managers see the status and the date).
    {
      name: 'stripeTransferId',
      type: 'text',
      label: label('Virement Stripe', 'Stripe transfer'),
      access: { read: ({ req: { user } }) => hasRole(user, 'admin') },
    },
    { name: 'paidAt', type: 'date', label: label('Versé le', 'Paid on') },
    {
      name: 'actions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/ui/admin/MoneyActions#PayoutActions' } },
    },
  ],
}
