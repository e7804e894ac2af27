import type { CollectionConfig } from 'payload'

import { adminOnly, adminOnlyField, anyone, ownTerritoryOrAdmin } from '@/access'
import { slugField } from '@/fields/slug'

/** The TNE départements. Coordinators edit the public presentation of their own territories only. */
export const Territories: CollectionConfig = {
  slug: 'territories',
  labels: { singular: { fr: 'Territoire TNE', en: 'TNE territory' }, plural: { fr: 'Territoires TNE', en: 'TNE territories' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'cohort', 'startYear', 'endYear'], group: 'Parentalité et Numérique' },
  access: { read: anyone, create: adminOnly, update: ownTerritoryOrAdmin('id'), delete: adminOnly },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, required: true, access: { update: adminOnlyField } },
    slugField('name', { unique: true, access: { update: adminOnlyField } }),
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: { fr: 'Département', en: 'Département' },
      required: true,
      unique: true,
      access: { update: adminOnlyField },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'cohort',
          type: 'select',
          label: { fr: 'Cohorte', en: 'Cohort' },
          required: true,
          options: [
            { value: 'pilot', label: { fr: 'Pilote (2020–2024)', en: 'Pilot (2020–2024)' } },
            { value: 'extension', label: { fr: 'Extension (2022–2026)', en: 'Extension (2022–2026)' } },
          ],
          access: { update: adminOnlyField },
        },
        { name: 'startYear', type: 'number', label: { fr: 'Début', en: 'Start' }, required: true, min: 2020, max: 2100, access: { update: adminOnlyField } },
        { name: 'endYear', type: 'number', label: { fr: 'Fin', en: 'End' }, required: true, min: 2020, max: 2100, access: { update: adminOnlyField } },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      label: { fr: 'Présentation publique', en: 'Public presentation' },
      maxLength: 2000,
    },
  ],
}
