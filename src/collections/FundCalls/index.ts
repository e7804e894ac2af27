import type { CollectionConfig } from 'payload'

import { adminOnly, nobody, ownTerritoryOrAdmin } from '@/access'
import { FUND_CALL_STATUSES, FUND_CALL_STATUS_LABELS } from '@/domain/tne/fund-calls'
import { lifecycleHistoryField, lifecycleStatusField } from '@/fields/lifecycle'
import { centsField } from '@/fields/money'
import { label } from '@/fields/label'

import { fundCallTransitionEndpoint } from './endpoints/transition'
import { checkFundCallRequest } from './hooks/checkFundCallRequest'

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

/**
 * Fund calls ("appels de fonds") on a convention: requested by a coordinator, approved or rejected
 * by a second person, then marked paid. Approved and paid calls never exceed the convention's amount.
 */
export const FundCalls: CollectionConfig = {
  slug: 'fund-calls',
  labels: { singular: label('Appel de fonds', 'Fund call'), plural: label('Appels de fonds', 'Fund calls') },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'convention', 'amountCents', 'status', 'requestDate'],
    group: 'Parentalité et Numérique',
  },
  access: {
    read: ownTerritoryOrAdmin(),
    create: ownTerritoryOrAdmin(),
    update: ownTerritoryOrAdmin(),
    delete: adminOnly,
  },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [checkFundCallRequest] },
  endpoints: [fundCallTransitionEndpoint],
  fields: [
    { name: 'label', type: 'text', label: label('Objet', 'Purpose'), required: true, maxLength: 200 },
    {
      name: 'convention',
      type: 'relationship',
      relationTo: 'conventions',
      label: label('Convention', 'Convention'),
      required: true,
      index: true,
      access: { update: nobody },
    },
    centsField('amountCents', label('Montant', 'Amount'), { required: true, access: { update: nobody } }),
    {
      name: 'requestDate',
      type: 'date',
      label: label('Date de la demande', 'Request date'),
      required: true,
      defaultValue: () => new Date().toISOString(),
      admin: day,
    },
    lifecycleStatusField(FUND_CALL_STATUSES, FUND_CALL_STATUS_LABELS, 'requested'),
    {
      name: 'workflow',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/ui/admin/TneWorkflow#FundCallWorkflow' } },
    },
    {
      name: 'territory',
      type: 'relationship',
      relationTo: 'territories',
      label: label('Territoire', 'Territory'),
      index: true,
      access: { create: nobody, update: nobody },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label('Celui de la convention.', 'The convention’s.'),
      },
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Demandé par', 'Requested by'),
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Décidé par', 'Decided by'),
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'decidedAt',
      type: 'date',
      label: label('Décidé le', 'Decided at'),
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'paidAt',
      type: 'date',
      label: label('Payé le', 'Paid at'),
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true },
    },
    lifecycleHistoryField(FUND_CALL_STATUSES, FUND_CALL_STATUS_LABELS),
  ],
}
