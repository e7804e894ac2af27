import type { CollectionConfig } from 'payload'

import { adminOnly, anyone } from '@/access'
import { slugField } from '@/fields/slug'

export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: { fr: 'Thématique', en: 'Theme' }, plural: { fr: 'Thématiques', en: 'Themes' } },
  admin: { useAsTitle: 'name', group: { fr: 'Référentiels', en: 'Reference data' } },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, required: true },
    slugField('name', { unique: true }),
  ],
}
