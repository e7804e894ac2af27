import type { CollectionConfig } from 'payload'

import { adminsOrEditors, hiddenFromNonEditors, publishedOrEditors } from '@/access'
import { ARTICLE_AUDIENCES, TNE_THEMES, optionsOf } from '@/domain/content/taxonomy'
import { publishAtField, publishedDateField } from '@/fields/publish-at'
import { slugField } from '@/fields/slug'
import { editorialHooks } from '@/services/content/publication-hooks'
import { livePreview } from '@/services/content/preview'
import { label } from '@/fields/label'

/** "Carte blanche à…": articles by outside experts (/carte-blanche), on the TNE site. */
export const ExpertArticles: CollectionConfig = {
  slug: 'expert-articles',
  labels: {
    singular: label('Carte blanche (article d’expert)', 'Expert article'),
    plural: label('Carte blanche (articles d’experts)', 'Expert articles'),
  },
  admin: {
    hidden: hiddenFromNonEditors,
    useAsTitle: 'title',
    defaultColumns: ['title', 'expert.name', 'tenant', '_status', 'publishedDate', 'publishAt'],
    group: label('Contenus', 'Content'),
    livePreview,
  },
  access: {
    read: publishedOrEditors,
    readVersions: adminsOrEditors,
    create: adminsOrEditors,
    update: adminsOrEditors,
    delete: adminsOrEditors,
  },
  versions: { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 50 },
  defaultSort: '-publishedDate',
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  hooks: editorialHooks('expert-articles'),
  fields: [
    { name: 'title', type: 'text', label: label('Titre', 'Title'), required: true, maxLength: 200 },
    slugField('title'),
    {
      name: 'expert',
      type: 'group',
      label: label('Expert', 'Expert'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: label('Nom', 'Name'), required: true, maxLength: 120 },
            {
              name: 'role',
              type: 'text',
              label: label('Fonction', 'Role'),
              required: true,
              maxLength: 200,
              admin: {
                description: label(
                  'Ex. : directeur des relations publiques de la CNIL',
                  'E.g. the CNIL’s director of public relations',
                ),
              },
            },
          ],
        },
        { name: 'photo', type: 'upload', relationTo: 'media', label: label('Photo', 'Photo') },
      ],
    },
    {
      name: 'excerpt',
      type: 'textarea',
      label: label('Résumé', 'Summary'),
      required: true,
      maxLength: 300,
      admin: {
        description: label(
          'Deux phrases au plus, affichées dans la liste, les résultats de recherche et le flux RSS.',
          'Shown in lists, search and RSS.',
        ),
      },
    },
    { name: 'body', type: 'richText', label: label('Texte', 'Body'), required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'themes',
          type: 'select',
          hasMany: true,
          required: true,
          label: label('Thèmes', 'Themes'),
          options: optionsOf(TNE_THEMES),
        },
        {
          name: 'audiences',
          type: 'select',
          hasMany: true,
          label: label('Publics', 'Audiences'),
          options: optionsOf(ARTICLE_AUDIENCES),
        },
      ],
    },
    publishedDateField,
    publishAtField,
  ],
}
