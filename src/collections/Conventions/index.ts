import type { CollectionConfig } from 'payload'

import { nobody, ownTerritoryOrAdmin } from '@/access'
import { relationId } from '@/domain/access/ids'
import { CONVENTION_STATUSES, CONVENTION_STATUS_LABELS } from '@/domain/tne/convention-lifecycle'
import { CONVENTION_KIND_LABELS, selectOptions } from '@/domain/tne/options'
import { lifecycleHistoryField, lifecycleStatusField } from '@/fields/lifecycle'
import { centsField } from '@/fields/money'
import { label } from '@/fields/label'

import { conventionTransitionEndpoint } from './endpoints/transition'
import { allocateReference } from './hooks/allocateReference'
import { guardConvention } from './hooks/guardConvention'

const sameTerritory = ({ data }: { data: Record<string, unknown> }) => {
  const territory = relationId(data?.territory as never)
  return territory === null ? false : { territory: { equals: territory } }
}

/**
 * Conventions between a territory's coordinating structure and a local partner (domain.md). The
 * reference is allocated at creation (per territory and year); the status moves only through the
 * lifecycle; once signed, the terms are fixed. Never deleted: a convention given up is terminated,
 * and its number stays taken.
 */
export const Conventions: CollectionConfig = {
  slug: 'conventions',
  labels: { singular: label('Convention', 'Convention'), plural: label('Conventions', 'Conventions') },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'partner', 'kind', 'status', 'amountCents', 'signatureDate'],
    listSearchableFields: ['reference', 'object'],
    group: 'Parentalité et Numérique',
  },
  access: {
    read: ownTerritoryOrAdmin(),
    create: ownTerritoryOrAdmin(),
    update: ownTerritoryOrAdmin(),
    delete: () => false,
  },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [guardConvention, allocateReference] },
  endpoints: [conventionTransitionEndpoint],
  fields: [
    {
      name: 'reference',
      type: 'text',
      label: label('Référence', 'Reference'),
      unique: true,
      access: { create: nobody, update: nobody },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label('Attribuée à la création : TNE-<département>-<année>-<numéro>.', 'Allocated at creation.'),
      },
    },
    lifecycleStatusField(CONVENTION_STATUSES, CONVENTION_STATUS_LABELS, 'draft'),
    {
      name: 'workflow',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/ui/admin/TneWorkflow#ConventionWorkflow' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'territory',
          type: 'relationship',
          relationTo: 'territories',
          label: label('Territoire', 'Territory'),
          required: true,
          index: true,
          access: { update: nobody },
        },
        {
          name: 'year',
          type: 'number',
          label: label('Année', 'Year'),
          required: true,
          min: 2020,
          max: 2100,
          defaultValue: () => new Date().getFullYear(),
          access: { update: nobody },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'partner',
          type: 'relationship',
          relationTo: 'partners',
          label: label('Partenaire', 'Partner'),
          required: true,
          index: true,
          filterOptions: sameTerritory,
        },
        {
          name: 'kind',
          type: 'select',
          label: label('Type', 'Kind'),
          required: true,
          defaultValue: 'partnership',
          options: selectOptions(CONVENTION_KIND_LABELS),
        },
      ],
    },
    { name: 'object', type: 'textarea', label: label('Objet', 'Purpose'), maxLength: 2000 },
    {
      type: 'row',
      fields: [
        centsField('amountCents', label('Montant accordé', 'Amount granted')),
        {
          name: 'signatureDate',
          type: 'date',
          label: label('Date de signature', 'Signature date'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'periodStart',
          type: 'date',
          label: label('Début de la période', 'Period start'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'periodEnd',
          type: 'date',
          label: label('Fin de la période', 'Period end'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    {
      name: 'planned',
      type: 'group',
      label: label('Actions prévues', 'Planned actions'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'workshops', type: 'number', label: label('Ateliers', 'Workshops'), min: 0 },
            { name: 'parents', type: 'number', label: label('Parents à toucher', 'Parents to reach'), min: 0 },
            { name: 'mediators', type: 'number', label: label('Médiateurs à former', 'Mediators to train'), min: 0 },
          ],
        },
      ],
    },
    {
      name: 'signedFile',
      type: 'upload',
      relationTo: 'convention-files',
      label: label('Convention signée (PDF)', 'Signed convention (PDF)'),
      filterOptions: sameTerritory,
    },
    {
      name: 'fundCalls',
      type: 'join',
      collection: 'fund-calls',
      on: 'convention',
      label: label('Appels de fonds', 'Fund calls'),
      admin: { defaultColumns: ['amountCents', 'status', 'requestDate'] },
    },
    lifecycleHistoryField(CONVENTION_STATUSES, CONVENTION_STATUS_LABELS),
  ],
}
