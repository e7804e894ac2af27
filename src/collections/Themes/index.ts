import type { CollectionConfig } from 'payload'

import { adminOnly, adminOnlyField, anyone } from '@/access'
import { slugField } from '@/fields/slug'

import { checkAlternativeLabels } from './hooks/checkAlternativeLabels'

export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: { fr: 'Thématique', en: 'Theme' }, plural: { fr: 'Thématiques', en: 'Themes' } },
  admin: { useAsTitle: 'name', group: { fr: 'Référentiels', en: 'Reference data' } },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  defaultSort: 'name',
  hooks: { beforeChange: [checkAlternativeLabels] },
  fields: [
    { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, required: true },
    slugField('name', { unique: true }),
    {
      // The former platform's names for this theme (issue 15): matched by src/domain/history/legacy-labels.ts.
      name: 'alternativeLabels',
      type: 'array',
      label: { fr: 'Anciens noms', en: 'Alternative labels' },
      labels: {
        singular: { fr: 'Ancien nom', en: 'Alternative label' },
        plural: { fr: 'Anciens noms', en: 'Alternative labels' },
      },
      access: { read: adminOnlyField },
      admin: {
        description: {
          fr: 'Anciens noms acceptés par l’import de l’historique',
          en: 'Former names the history import accepts',
        },
      },
      fields: [
        { name: 'label', type: 'text', label: { fr: 'Ancien nom', en: 'Label' }, required: true, maxLength: 120 },
      ],
    },
  ],
}
