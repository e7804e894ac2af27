import type { CollectionConfig } from 'payload'

import { adminsOrEditors, publishedOrEditors } from '@/access'
import { slugField } from '@/fields/slug'

/**
 * Pages of one site. The home page has the slug `accueil`; legal notice, contact and the
 * accessibility declaration are pages with the slugs of their public URLs.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { fr: 'Page', en: 'Page' }, plural: { fr: 'Pages', en: 'Pages' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'tenant', '_status', 'updatedAt'], group: { fr: 'Contenus', en: 'Content' } },
  access: { read: publishedOrEditors, create: adminsOrEditors, update: adminsOrEditors, delete: adminsOrEditors },
  versions: { drafts: true, maxPerDoc: 50 },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  fields: [
    { name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' }, required: true, maxLength: 160 },
    slugField('title'),
    { name: 'intro', type: 'textarea', label: { fr: 'Chapô', en: 'Lead' }, maxLength: 500 },
    { name: 'content', type: 'richText', label: { fr: 'Contenu', en: 'Content' } },
  ],
}
