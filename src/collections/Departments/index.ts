import type { CollectionConfig } from 'payload'

import { adminOnly, anyone } from '@/access'

export const DEPARTMENT_CODE = /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/

export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: { fr: 'Département', en: 'Département' }, plural: { fr: 'Départements', en: 'Départements' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'academy'],
    group: { fr: 'Référentiels', en: 'Reference data' },
  },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  defaultSort: 'code',
  fields: [
    {
      name: 'code',
      type: 'text',
      label: { fr: 'Code INSEE', en: 'INSEE code' },
      required: true,
      unique: true,
      validate: (value: string | null | undefined) =>
        (value && DEPARTMENT_CODE.test(value)) || 'Code de département invalide (ex. : 02, 2A, 95, 971).',
    },
    { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, required: true },
    {
      name: 'academy',
      type: 'relationship',
      relationTo: 'academies',
      label: { fr: 'Académie', en: 'Académie' },
      required: true,
    },
  ],
}
