import type { CollectionConfig } from 'payload'

import { adminOnly, anyone } from '@/access'
import { ESTABLISHMENT_KINDS, PRIORITY_EDUCATION, SECTORS, UAI_PATTERN } from '@/domain/establishments/establishment'

export const Establishments: CollectionConfig = {
  slug: 'establishments',
  labels: { singular: { fr: 'Établissement', en: 'School' }, plural: { fr: 'Établissements', en: 'Schools' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['uai', 'name', 'kind', 'commune', 'department', 'priorityEducation'],
    listSearchableFields: ['uai', 'name', 'commune'],
    group: { fr: 'Référentiels', en: 'Reference data' },
  },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  defaultSort: 'name',
  fields: [
    {
      name: 'uai',
      type: 'text',
      label: 'UAI',
      required: true,
      unique: true,
      admin: {
        description: {
          fr: '7 chiffres et une lettre majuscule (ex. : 0950001A).',
          en: '7 digits and an uppercase letter.',
        },
      },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)] },
      validate: (value: string | null | undefined) =>
        (value && UAI_PATTERN.test(value)) || 'Code UAI invalide : 7 chiffres suivis d’une lettre (ex. : 0950001A).',
    },
    { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, required: true, index: true },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: { fr: 'Type', en: 'Kind' },
          required: true,
          options: [...ESTABLISHMENT_KINDS],
        },
        {
          name: 'sector',
          type: 'select',
          label: { fr: 'Secteur', en: 'Sector' },
          required: true,
          options: [...SECTORS],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'postcode',
          type: 'text',
          label: { fr: 'Code postal', en: 'Postcode' },
          validate: (v: string | null | undefined) => !v || /^\d{5}$/.test(v) || 'Code postal invalide (5 chiffres).',
        },
        { name: 'commune', type: 'text', label: { fr: 'Commune', en: 'Commune' }, required: true },
      ],
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: { fr: 'Département', en: 'Département' },
      required: true,
      index: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'priorityEducation',
          type: 'select',
          label: { fr: 'Éducation prioritaire', en: 'Priority education' },
          required: true,
          defaultValue: 'none',
          options: [...PRIORITY_EDUCATION],
        },
        {
          name: 'isolatedRural',
          type: 'checkbox',
          label: { fr: 'Rural isolé', en: 'Isolated rural' },
          defaultValue: false,
        },
      ],
    },
  ],
}
