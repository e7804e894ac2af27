import type { CollectionConfig } from 'payload'

import { ownTerritoryOrAdmin } from '@/access'

/**
 * Local partners of a TNE territory. Not public: contacts are personal data. Coordinators see and
 * change only the partners of their own territories. Completed by the TNE operations issue.
 */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: { fr: 'Partenaire', en: 'Partner' }, plural: { fr: 'Partenaires', en: 'Partners' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'territory'], group: 'Parentalité et Numérique' },
  access: {
    read: ownTerritoryOrAdmin(),
    create: ownTerritoryOrAdmin(),
    update: ownTerritoryOrAdmin(),
    delete: ownTerritoryOrAdmin(),
  },
  fields: [
    { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, required: true },
    {
      name: 'kind',
      type: 'select',
      label: { fr: 'Type', en: 'Kind' },
      required: true,
      options: [
        { value: 'association', label: 'Association' },
        { value: 'commune', label: 'Commune' },
        { value: 'intercommunality', label: { fr: 'Communauté de communes', en: 'Intercommunality' } },
        { value: 'departmental_council', label: { fr: 'Conseil départemental', en: 'Departmental council' } },
        { value: 'school', label: { fr: 'Établissement scolaire', en: 'School' } },
        { value: 'other', label: { fr: 'Autre', en: 'Other' } },
      ],
    },
    {
      name: 'siret',
      type: 'text',
      label: 'SIRET',
      validate: (value: string | null | undefined) => !value || /^\d{14}$/.test(value) || 'Le SIRET compte 14 chiffres.',
    },
    { name: 'territory', type: 'relationship', relationTo: 'territories', label: { fr: 'Territoire', en: 'Territory' }, required: true, index: true },
    { name: 'address', type: 'textarea', label: { fr: 'Adresse', en: 'Address' } },
    {
      name: 'contacts',
      type: 'array',
      label: { fr: 'Contacts', en: 'Contacts' },
      fields: [
        { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, required: true },
        { name: 'email', type: 'email', label: { fr: 'E-mail', en: 'E-mail' } },
        { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
      ],
    },
  ],
}
