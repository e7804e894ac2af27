import type { CollectionConfig, Field } from 'payload'

import { adminsOrEditors, anyone, hiddenFromNonEditors } from '@/access'
import { rowLabel } from '@/fields/row-label'
import { revalidateSites } from '@/services/cache/revalidate-hooks'

const navigation = (name: string, label: { fr: string; en: string }): Field => ({
  name,
  type: 'array',
  label,
  maxRows: 12,
  labels: { singular: { fr: 'Lien', en: 'Link' }, plural: { fr: 'Liens', en: 'Links' } },
  admin: { components: { RowLabel: rowLabel('Lien', ['label', 'url']) } },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', label: { fr: 'Libellé', en: 'Label' }, required: true },
        {
          name: 'url',
          type: 'text',
          label: 'URL',
          required: true,
          validate: (value: string | null | undefined) =>
            (value && /^(\/[^\s]*|https:\/\/[^\s]+|mailto:[^\s]+)$/.test(value)) ||
            'Indiquez un chemin du site (/contact) ou une adresse https://.',
        },
      ],
    },
  ],
})

/** One per site (the multi-tenant plugin makes it behave as a global per tenant). */
export const SiteSettings: CollectionConfig = {
  slug: 'site-settings',
  labels: { singular: { fr: 'Réglages du site', en: 'Site settings' }, plural: { fr: 'Réglages des sites', en: 'Site settings' } },
  admin: { hidden: hiddenFromNonEditors, group: { fr: 'Contenus', en: 'Content' } },
  access: { read: anyone, create: adminsOrEditors, update: adminsOrEditors, delete: adminsOrEditors },
  hooks: { afterChange: [revalidateSites], afterDelete: [revalidateSites] },
  fields: [
    { name: 'tagline', type: 'text', label: { fr: 'Accroche', en: 'Tagline' }, maxLength: 160 },
    navigation('headerNav', { fr: 'Navigation principale', en: 'Header navigation' }),
    navigation('footerNav', { fr: 'Navigation de pied de page', en: 'Footer navigation' }),
    {
      name: 'icons',
      type: 'group',
      label: { fr: 'Icônes du site', en: 'Site icons' },
      admin: { description: { fr: 'Sans image choisie, le site montre l’initiale de son nom sur sa couleur principale.', en: 'Without an image, the site shows its initial on its primary colour.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'favicon', type: 'upload', relationTo: 'media', label: { fr: 'Icône d’onglet (favicon), carrée', en: 'Favicon (square)' } },
            { name: 'touchIcon', type: 'upload', relationTo: 'media', label: { fr: 'Icône d’écran d’accueil (mobile), carrée, 180 px au moins', en: 'Touch icon (square, 180 px or more)' } },
          ],
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: { fr: 'Contact', en: 'Contact' },
      fields: [
        { name: 'email', type: 'email', label: 'E-mail' },
        { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
        { name: 'address', type: 'textarea', label: { fr: 'Adresse postale', en: 'Postal address' } },
      ],
    },
  ],
}
