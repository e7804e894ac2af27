import type { Block } from 'payload'

import { linkUrlField } from '@/fields/link'
import { label } from '@/fields/label'

const heading = (required = false) => ({
  name: 'heading',
  type: 'text' as const,
  label: label('Titre', 'Heading'),
  required,
  maxLength: 160,
})

const link = (name: string, fr: string, required = false) => ({
  name,
  type: 'group' as const,
  label: label(fr, 'Link'),
  fields: [
    {
      type: 'row' as const,
      fields: [
        { name: 'label', type: 'text' as const, label: label('Libellé', 'Label'), required, maxLength: 80 },
        linkUrlField({ required }),
      ],
    },
  ],
})

/** The blocks a page is built from (rendered by src/ui/content/Blocks.tsx). */
export const PAGE_BLOCKS: Block[] = [
  {
    slug: 'hero',
    interfaceName: 'HeroBlock',
    labels: { singular: label('Bandeau', 'Hero'), plural: label('Bandeaux', 'Heroes') },
    fields: [
      heading(true),
      { name: 'text', type: 'textarea', label: label('Texte', 'Text'), maxLength: 400 },
      { name: 'image', type: 'upload', relationTo: 'media', label: label('Image', 'Image') },
      link('link', 'Bouton'),
    ],
  },
  {
    slug: 'richText',
    interfaceName: 'RichTextBlock',
    labels: { singular: label('Texte', 'Rich text'), plural: label('Textes', 'Rich texts') },
    fields: [{ name: 'content', type: 'richText', label: label('Texte', 'Text'), required: true }],
  },
  {
    slug: 'cards',
    interfaceName: 'CardsBlock',
    labels: { singular: label('Cartes', 'Cards'), plural: label('Cartes', 'Cards') },
    fields: [
      heading(),
      {
        name: 'cards',
        type: 'array',
        label: label('Cartes', 'Cards'),
        minRows: 1,
        maxRows: 12,
        fields: [
          { name: 'title', type: 'text', label: label('Titre', 'Title'), required: true, maxLength: 120 },
          { name: 'text', type: 'textarea', label: label('Texte', 'Text'), maxLength: 300 },
          { name: 'image', type: 'upload', relationTo: 'media', label: label('Image', 'Image') },
          linkUrlField({ required: false }),
        ],
      },
    ],
  },
  {
    slug: 'callToAction',
    interfaceName: 'CallToActionBlock',
    labels: {
      singular: label('Appel à l’action', 'Call to action'),
      plural: label('Appels à l’action', 'Calls to action'),
    },
    fields: [
      heading(true),
      { name: 'text', type: 'textarea', label: label('Texte', 'Text'), maxLength: 400 },
      link('link', 'Bouton', true),
    ],
  },
  {
    slug: 'faq',
    interfaceName: 'FaqBlock',
    labels: { singular: label('Questions fréquentes', 'FAQ'), plural: label('Questions fréquentes', 'FAQs') },
    fields: [
      heading(),
      {
        name: 'items',
        type: 'array',
        label: label('Questions', 'Questions'),
        minRows: 1,
        fields: [
          { name: 'question', type: 'text', label: label('Question', 'Question'), required: true, maxLength: 200 },
          { name: 'answer', type: 'textarea', label: label('Réponse', 'Answer'), required: true, maxLength: 2000 },
        ],
      },
    ],
  },
  {
    slug: 'keyFigures',
    interfaceName: 'KeyFiguresBlock',
    labels: { singular: label('Chiffres clés', 'Key figures'), plural: label('Chiffres clés', 'Key figures') },
    fields: [
      heading(),
      {
        name: 'figures',
        type: 'array',
        label: label('Chiffres', 'Figures'),
        minRows: 1,
        maxRows: 8,
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'value',
                type: 'text',
                label: label('Chiffre', 'Figure'),
                required: true,
                maxLength: 20,
                admin: { description: label('Ex. : 2 536', 'E.g. 2,536') },
              },
              { name: 'label', type: 'text', label: label('Légende', 'Label'), required: true, maxLength: 120 },
            ],
          },
        ],
      },
    ],
  },
  {
    slug: 'media',
    interfaceName: 'MediaBlock',
    labels: { singular: label('Image', 'Media'), plural: label('Images', 'Media') },
    fields: [
      { name: 'image', type: 'upload', relationTo: 'media', label: label('Image', 'Image'), required: true },
      { name: 'caption', type: 'text', label: label('Légende', 'Caption'), maxLength: 200 },
    ],
  },
  {
    slug: 'latest',
    interfaceName: 'LatestBlock',
    labels: {
      singular: label('Derniers contenus', 'Latest content'),
      plural: label('Derniers contenus', 'Latest content'),
    },
    fields: [
      heading(true),
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            type: 'select',
            required: true,
            label: label('Contenus', 'Content'),
            options: [
              { value: 'expert-articles', label: label('Articles « Carte blanche »', 'Expert articles') },
              { value: 'news', label: label('Actualités', 'News') },
              { value: 'workshop-kits', label: label('Kits d’ateliers', 'Workshop kits') },
              { value: 'projects', label: label('Projets en collecte', 'Collecting projects') },
            ],
          },
          {
            name: 'count',
            type: 'number',
            required: true,
            defaultValue: 3,
            min: 1,
            max: 12,
            label: label('Nombre', 'Count'),
          },
        ],
      },
    ],
  },
]
