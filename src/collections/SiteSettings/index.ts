import type { CollectionConfig, Field } from 'payload'

import { adminsOrEditors, anyone, hiddenFromNonEditors } from '@/access'
import { rowLabel } from '@/fields/row-label'
import { revalidateSites } from '@/services/cache/revalidate-hooks'

import { enforceLegalPages } from './hooks/enforceLegalPages'

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
  labels: {
    singular: { fr: 'Réglages du site', en: 'Site settings' },
    plural: { fr: 'Réglages des sites', en: 'Site settings' },
  },
  admin: { hidden: hiddenFromNonEditors, group: { fr: 'Contenus', en: 'Content' } },
  access: { read: anyone, create: adminsOrEditors, update: adminsOrEditors, delete: adminsOrEditors },
  hooks: { beforeValidate: [enforceLegalPages], afterChange: [revalidateSites], afterDelete: [revalidateSites] },
  fields: [
    { name: 'tagline', type: 'text', label: { fr: 'Accroche', en: 'Tagline' }, maxLength: 160 },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: 'Logo',
      admin: {
        description: {
          fr: 'Affiché dans l’en-tête, à 3 rem de haut ; sans logo, le nom du site est écrit. Son texte alternatif est le nom du site.',
          en: 'Shown in the header; without one, the site’s name.',
        },
      },
    },
    navigation('headerNav', { fr: 'Navigation principale', en: 'Header navigation' }),
    navigation('footerNav', { fr: 'Navigation de pied de page', en: 'Footer navigation' }),
    {
      name: 'icons',
      type: 'group',
      label: { fr: 'Icônes du site', en: 'Site icons' },
      admin: {
        description: {
          fr: 'Sans image choisie, le site montre l’initiale de son nom sur sa couleur principale.',
          en: 'Without an image, the site shows its initial on its primary colour.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'favicon',
              type: 'upload',
              relationTo: 'media',
              label: { fr: 'Icône d’onglet (favicon), carrée', en: 'Favicon (square)' },
            },
            {
              name: 'touchIcon',
              type: 'upload',
              relationTo: 'media',
              label: {
                fr: 'Icône d’écran d’accueil (mobile), carrée, 180 px au moins',
                en: 'Touch icon (square, 180 px or more)',
              },
            },
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
    {
      type: 'collapsible',
      label: { fr: 'Déclaration d’accessibilité (/accessibilite)', en: 'Accessibility statement (/accessibilite)' },
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'accessibility',
          type: 'group',
          label: false,
          admin: {
            description: {
              fr: 'Le statut (totalement, partiellement ou non conforme) est déduit du taux de l’audit ; sans audit, le site est déclaré non conforme.',
              en: 'The status is derived from the audit’s rate; without an audit the site is declared non-compliant.',
            },
          },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'establishedOn',
                  type: 'date',
                  label: { fr: 'Déclaration établie le', en: 'Statement dated' },
                  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
                },
                {
                  name: 'auditDate',
                  type: 'date',
                  label: { fr: 'Date de l’audit', en: 'Audit date' },
                  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
                },
                {
                  name: 'conformityRate',
                  type: 'number',
                  label: { fr: 'Taux de conformité (%)', en: 'Conformity rate (%)' },
                  min: 0,
                  max: 100,
                },
              ],
            },
            { name: 'auditor', type: 'text', label: { fr: 'Audit réalisé par', en: 'Audited by' }, maxLength: 200 },
            {
              name: 'sample',
              type: 'array',
              label: { fr: 'Échantillon audité', en: 'Audited sample' },
              labels: { singular: { fr: 'Page', en: 'Page' }, plural: { fr: 'Pages', en: 'Pages' } },
              maxRows: 50,
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'title', type: 'text', label: { fr: 'Page', en: 'Page' }, maxLength: 200 },
                    { name: 'url', type: 'text', label: 'URL', maxLength: 500 },
                  ],
                },
              ],
            },
            {
              name: 'nonConformities',
              type: 'array',
              label: { fr: 'Non-conformités', en: 'Non-conformities' },
              maxRows: 100,
              fields: [{ name: 'text', type: 'textarea', label: { fr: 'Non-conformité', en: 'Non-conformity' } }],
            },
            {
              name: 'derogations',
              type: 'array',
              label: { fr: 'Dérogations pour charge disproportionnée', en: 'Disproportionate burden' },
              maxRows: 50,
              fields: [
                { name: 'text', type: 'text', label: { fr: 'Contenu', en: 'Content' } },
                { name: 'reason', type: 'textarea', label: { fr: 'Justification', en: 'Reason' } },
              ],
            },
            {
              name: 'exemptions',
              type: 'array',
              label: { fr: 'Contenus non soumis à l’obligation', en: 'Exempt content' },
              maxRows: 50,
              fields: [{ name: 'text', type: 'text', label: { fr: 'Contenu', en: 'Content' } }],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'contactEmail',
                  type: 'email',
                  label: { fr: 'Contact : adresse électronique', en: 'Contact e-mail' },
                },
                {
                  name: 'contactUrl',
                  type: 'text',
                  label: { fr: 'Contact : page ou formulaire', en: 'Contact page' },
                  maxLength: 300,
                },
              ],
            },
            {
              name: 'technologies',
              type: 'text',
              label: { fr: 'Technologies utilisées', en: 'Technologies' },
              maxLength: 300,
            },
            {
              name: 'testEnvironment',
              type: 'textarea',
              label: { fr: 'Environnement de test', en: 'Test environment' },
            },
            {
              name: 'tools',
              type: 'text',
              label: { fr: 'Outils d’évaluation', en: 'Evaluation tools' },
              maxLength: 300,
            },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { fr: 'Mentions légales (/mentions-legales)', en: 'Legal notice (/mentions-legales)' },
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'legalNotice',
          type: 'group',
          label: false,
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'publisherName', type: 'text', label: { fr: 'Éditeur', en: 'Publisher' }, maxLength: 200 },
                {
                  name: 'publisherStatus',
                  type: 'text',
                  label: { fr: 'Statut juridique, SIREN', en: 'Legal status' },
                  maxLength: 200,
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'publisherAddress',
                  type: 'textarea',
                  label: { fr: 'Adresse de l’éditeur', en: 'Publisher’s address' },
                },
                {
                  name: 'publisherContact',
                  type: 'text',
                  label: { fr: 'Téléphone ou e-mail de l’éditeur', en: 'Publisher’s phone or e-mail' },
                  maxLength: 200,
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'directorName',
                  type: 'text',
                  label: { fr: 'Directeur ou directrice de la publication', en: 'Publication director' },
                  maxLength: 200,
                },
                { name: 'directorRole', type: 'text', label: { fr: 'Fonction', en: 'Role' }, maxLength: 200 },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'hostName', type: 'text', label: { fr: 'Hébergeur', en: 'Host' }, maxLength: 200 },
                {
                  name: 'hostContact',
                  type: 'text',
                  label: { fr: 'Téléphone de l’hébergeur', en: 'Host’s phone' },
                  maxLength: 200,
                },
              ],
            },
            { name: 'hostAddress', type: 'textarea', label: { fr: 'Adresse de l’hébergeur', en: 'Host’s address' } },
          ],
        },
      ],
    },
  ],
}
