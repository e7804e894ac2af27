import type { CollectionConfig } from 'payload'

import { adminsOrEditors, hiddenFromNonEditors, publishedOrEditors } from '@/access'
import { publishAtField } from '@/fields/publish-at'
import { slugField } from '@/fields/slug'
import { scheduleOnSave, queueScheduledPublication, revalidateEditorial } from '@/services/content/publication-hooks'
import { livePreview } from '@/services/content/preview'

import { PAGE_BLOCKS } from './blocks'

/**
 * Pages of one site. The home page has the slug `accueil`; legal notice, contact and the
 * accessibility declaration are pages with the slugs of their public URLs. A page may have a
 * parent (plugin-nested-docs): its URL is then its ancestors' slugs and its own.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { fr: 'Page', en: 'Page' }, plural: { fr: 'Pages', en: 'Pages' } },
  admin: {
    hidden: hiddenFromNonEditors,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'tenant', '_status', 'placeholder', 'updatedAt'],
    group: { fr: 'Contenus', en: 'Content' },
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
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  hooks: {
    beforeChange: [scheduleOnSave],
    afterChange: [queueScheduledPublication, revalidateEditorial('pages')],
    afterDelete: [revalidateEditorial('pages')],
  },
  fields: [
    { name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' }, required: true, maxLength: 160 },
    slugField('title'),
    { name: 'intro', type: 'textarea', label: { fr: 'Chapô', en: 'Lead' }, maxLength: 500 },
    { name: 'content', type: 'richText', label: { fr: 'Contenu', en: 'Content' } },
    {
      name: 'layout',
      type: 'blocks',
      label: { fr: 'Blocs', en: 'Blocks' },
      labels: { singular: { fr: 'Bloc', en: 'Block' }, plural: { fr: 'Blocs', en: 'Blocks' } },
      admin: {
        description: { fr: 'Affichés après le contenu, dans l’ordre.', en: 'Shown after the content, in order.' },
      },
      blocks: PAGE_BLOCKS,
    },
    publishAtField,
    {
      name: 'placeholder',
      type: 'checkbox',
      label: { fr: 'Texte provisoire', en: 'Placeholder text' },
      defaultValue: false,
      index: true,
      admin: {
        position: 'sidebar',
        description: {
          fr: 'Page créée à l’installation avec un texte neutre, à remplacer par le vôtre. Décochez une fois la page rédigée.',
          en: 'Created at installation with neutral text to replace. Untick once written.',
        },
      },
    },
  ],
}
