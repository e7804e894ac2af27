import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access'
import { centsField } from '@/fields/money'
import { applyFundMovement } from '@/services/donations/solidarity-fund'
import { refreshTotals } from '@/services/donations/confirm-payment'
import { label } from '@/fields/label'

/**
 * Admins' movements of the solidarity fund: a partner's grant in, or a top-up of a Courte Échelle
 * project out. Creating one applies it (ledger row, and for a top-up the gift row and the project's
 * total) in the same transaction, after checking the fund's balance and the project's optimum under
 * lock; a refusal is shown on its field and nothing is written. Never edited nor deleted: a mistake
 * is corrected by a new movement.
 */
export const FundMovements: CollectionConfig = {
  slug: 'fund-movements',
  labels: {
    singular: label('Mouvement du fonds solidaire', 'Solidarity fund movement'),
    plural: label('Fonds solidaire', 'Solidarity fund'),
  },
  admin: {
    defaultColumns: ['kind', 'amountCents', 'partner', 'project', 'createdAt'],
    group: label('Financement participatif', 'Crowdfunding'),
    description: label(
      'Subventions reçues par le fonds et abondements de projets Courte Échelle. Le solde du fonds est affiché au-dessus de la liste.',
      'Grants in and Courte Échelle top-ups out.',
    ),
    components: { beforeList: ['/ui/admin/FundBalance#FundBalance'] },
  },
  access: { read: adminOnly, create: adminOnly, update: () => false, delete: () => false },
  hooks: {
    beforeChange: [async ({ data, req, operation }) => (operation === 'create' ? applyFundMovement(req, data) : data)],
    afterChange: [({ doc }) => (doc.kind === 'top_up' ? refreshTotals() : undefined)],
  },
  fields: [
    {
      name: 'kind',
      type: 'radio',
      required: true,
      defaultValue: 'top_up',
      options: [
        {
          value: 'top_up',
          label: label('Abondement d’un projet Courte Échelle', 'Top-up of a Courte Échelle project'),
        },
        { value: 'grant', label: label('Subvention reçue d’un partenaire', 'Grant from a partner') },
      ],
      label: label('Mouvement', 'Movement'),
    },
    centsField('amountCents', label('Montant', 'Amount'), { required: true }),
    {
      name: 'project',
      type: 'relationship',
      relationTo: 'projects',
      label: label('Projet abondé', 'Project'),
      // The admin lists only the projects that may be topped up; the hook checks them again, with a precise message.
      filterOptions: { courteEchelle: { equals: true }, status: { equals: 'collecting' } },
      validate: () => true as const,
      admin: { condition: (data) => data?.kind === 'top_up' },
    },
    {
      name: 'partner',
      type: 'text',
      label: label('Partenaire', 'Partner'),
      admin: { condition: (data) => data?.kind === 'grant' },
    },
    { name: 'note', type: 'textarea', label: label('Motif', 'Reason') },
    // Set by the hook, whatever the request says.
    {
      name: 'donation',
      type: 'relationship',
      relationTo: 'donations',
      label: label('Don d’abondement', 'Top-up gift'),
      admin: { readOnly: true },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Saisi par', 'Entered by'),
      admin: { readOnly: true },
    },
  ],
}
