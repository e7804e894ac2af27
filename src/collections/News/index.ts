import type { CollectionConfig } from 'payload'

import { adminsOrEditors, hiddenFromNonEditors, publishedOrEditors } from '@/access'
import { publishAtField, publishedDateField } from '@/fields/publish-at'
import { slugField } from '@/fields/slug'
import { editorialHooks } from '@/services/content/publication-hooks'
import { livePreview } from '@/services/content/preview'
import { label } from '@/fields/label'

/** News of one site (/actualites), with drafts, versions and scheduled publication. */
export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: label('Actualité', 'News item'), plural: label('Actualités', 'News') },
  admin: {
    hidden: hiddenFromNonEditors,
    useAsTitle: 'title',
    defaultColumns: ['title', 'tenant', '_status', 'publishedDate', 'publishAt'],
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
  hooks: editorialHooks('news'),
  fields: [
    { name: 'title', type: 'text', label: label('Titre', 'Title'), required: true, maxLength: 160 },
    slugField('title'),
    {
      name: 'excerpt',
      type: 'textarea',
      label: label('Résumé', 'Summary'),
      required: true,
      maxLength: 300,
      admin: {
        description: label(
          'Deux phrases au plus, affichées dans la liste et le flux RSS.',
          'Shown in lists and the RSS feed.',
        ),
      },
    },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('Image', 'Image') },
    { name: 'body', type: 'richText', label: label('Texte', 'Body'), required: true },
    publishedDateField,
    publishAtField,
  ],
}
