import type { CollectionConfig } from 'payload'

import { ownTerritoryFieldOrAdmin, ownTerritoryOrAdmin, publicOrOwnTerritory } from '@/access'
import { PARTNER_KIND_LABELS, selectOptions } from '@/domain/tne/options'

const privateField = { read: ownTerritoryFieldOrAdmin() }

/**
 * Local partners of a TNE territory. Coordinators see and change only the partners of their own
 * territories. A partner listed on its territory's public page shows its name, kind and website to
 * everyone; its SIRET, address and contacts (personal data) stay with its coordinators and the GIP.
 */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: { fr: 'Partenaire', en: 'Partner' }, plural: { fr: 'Partenaires', en: 'Partners' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'territory', 'publicListing'],
    group: 'Parentalité et Numérique',
  },
  access: {
    read: publicOrOwnTerritory({ publicListing: { equals: true } }),
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
      index: true,
      options: selectOptions(PARTNER_KIND_LABELS),
    },
    {
      name: 'siret',
      type: 'text',
      label: 'SIRET',
      access: privateField,
      validate: (value: string | null | undefined) =>
        !value || /^\d{14}$/.test(value) || 'Le SIRET compte 14 chiffres.',
    },
    {
      name: 'territory',
      type: 'relationship',
      relationTo: 'territories',
      label: { fr: 'Territoire', en: 'Territory' },
      required: true,
      index: true,
    },
    {
      name: 'publicListing',
      type: 'checkbox',
      label: { fr: 'Afficher sur la page publique du territoire', en: 'Listed on the territory’s public page' },
      defaultValue: false,
      index: true,
      admin: {
        description: {
          fr: 'Seuls le nom, le type et le site web sont alors publics.',
          en: 'Only name, kind and website become public.',
        },
      },
    },
    {
      name: 'website',
      type: 'text',
      label: { fr: 'Site web', en: 'Website' },
      validate: (value: string | null | undefined) =>
        !value || /^https?:\/\/\S+$/.test(value) || 'Adresse commençant par https://',
    },
    { name: 'address', type: 'textarea', label: { fr: 'Adresse', en: 'Address' }, access: privateField },
    {
      name: 'contacts',
      type: 'array',
      label: { fr: 'Contacts', en: 'Contacts' },
      access: privateField,
      fields: [
        { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, required: true },
        { name: 'email', type: 'email', label: { fr: 'E-mail', en: 'E-mail' } },
        { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
      ],
    },
  ],
}
