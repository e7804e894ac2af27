import type { CollectionConfig } from 'payload'

import { adminOnly, anyone } from '@/access'

export const Academies: CollectionConfig = {
  slug: 'academies',
  labels: { singular: { fr: 'Académie', en: 'Académie' }, plural: { fr: 'Académies', en: 'Académies' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'region'],
    group: { fr: 'Référentiels', en: 'Reference data' },
  },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  defaultSort: 'name',
  fields: [
    { name: 'code', type: 'text', label: 'Code', required: true, unique: true },
    { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, required: true },
    { name: 'region', type: 'text', label: { fr: 'Région', en: 'Region' }, required: true },
  ],
}
