import type { CollectionConfig } from 'payload'

import { adminsOrEditors, hiddenFromNonEditors, publishedOrEditors } from '@/access'
import { KIT_AUDIENCES, KIT_FORMATS, KIT_LEVELS, TNE_THEMES, optionsOf } from '@/domain/content/taxonomy'
import { publishAtField, publishedDateField } from '@/fields/publish-at'
import { slugField } from '@/fields/slug'
import { editorialHooks } from '@/services/content/publication-hooks'
import { label } from '@/fields/label'

/**
 * The workshop-kit library (/ressources): the "mallette de la coéducation" (écoles, collèges),
 * the "Idées reçues sur le numérique" conferences and other turnkey formats, with their files.
 */
export const WorkshopKits: CollectionConfig = {
  slug: 'workshop-kits',
  labels: { singular: label('Kit d’atelier', 'Workshop kit'), plural: label('Kits d’ateliers', 'Workshop kits') },
  admin: {
    hidden: hiddenFromNonEditors,
    useAsTitle: 'title',
    defaultColumns: ['title', 'format', 'tenant', '_status', 'publishAt'],
    group: label('Contenus', 'Content'),
  },
  access: {
    read: publishedOrEditors,
    readVersions: adminsOrEditors,
    create: adminsOrEditors,
    update: adminsOrEditors,
    delete: adminsOrEditors,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: 'title',
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  hooks: editorialHooks('workshop-kits'),
  fields: [
    { name: 'title', type: 'text', label: label('Titre', 'Title'), required: true, maxLength: 160 },
    slugField('title'),
    { name: 'summary', type: 'textarea', label: label('Résumé', 'Summary'), required: true, maxLength: 300 },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('Image', 'Image') },
    {
      type: 'row',
      fields: [
        {
          name: 'audiences',
          type: 'select',
          hasMany: true,
          required: true,
          label: label('Publics', 'Audiences'),
          options: optionsOf(KIT_AUDIENCES),
        },
        {
          name: 'levels',
          type: 'select',
          hasMany: true,
          required: true,
          label: label('Niveaux', 'Levels'),
          options: optionsOf(KIT_LEVELS),
        },
      ],
    },
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
          name: 'format',
          type: 'select',
          required: true,
          label: label('Format', 'Format'),
          options: optionsOf(KIT_FORMATS),
        },
        {
          name: 'durationMinutes',
          type: 'number',
          required: true,
          min: 10,
          max: 1440,
          label: label('Durée (minutes)', 'Duration (minutes)'),
        },
      ],
    },
    { name: 'body', type: 'richText', label: label('Présentation', 'Presentation') },
    {
      name: 'material',
      type: 'array',
      label: label('Matériel', 'Material'),
      labels: { singular: label('Élément', 'Item'), plural: label('Éléments', 'Items') },
      fields: [{ name: 'item', type: 'text', required: true, maxLength: 200, label: label('Élément', 'Item') }],
    },
    {
      name: 'steps',
      type: 'array',
      label: label('Déroulé', 'Steps'),
      labels: { singular: label('Étape', 'Step'), plural: label('Étapes', 'Steps') },
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 160, label: label('Étape', 'Step') },
        {
          name: 'durationMinutes',
          type: 'number',
          min: 1,
          max: 600,
          label: label('Durée (minutes)', 'Duration (minutes)'),
        },
        { name: 'description', type: 'textarea', maxLength: 2000, label: label('Description', 'Description') },
      ],
    },
    {
      name: 'files',
      type: 'upload',
      relationTo: 'documents',
      hasMany: true,
      label: label('Fichiers à télécharger', 'Downloadable files'),
    },
    publishedDateField,
    publishAtField,
  ],
}
