import type { CollectionConfig } from 'payload'

import { ownTerritoryOrAdmin, publicOrOwnTerritory } from '@/access'
import { relationId } from '@/domain/access/ids'
import {
  WORKSHOP_AUDIENCE_LABELS,
  WORKSHOP_FORMAT_LABELS,
  WORKSHOP_STATUS_LABELS,
  WORKSHOP_THEME_LABELS,
  selectOptions,
} from '@/domain/tne/options'
import { slugField } from '@/fields/slug'
import { label } from '@/fields/label'

import { checkWorkshop } from './hooks/checkWorkshop'

/**
 * Workshops for parents (and mediator trainings) planned by a territory's coordinators. Published
 * ones appear in the public agenda, on its map and on their territory's page; after the event the
 * coordinator marks them held with the number of participants.
 */
export const Workshops: CollectionConfig = {
  slug: 'workshops',
  labels: { singular: label('Atelier', 'Workshop'), plural: label('Ateliers', 'Workshops') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'territory', 'startsAt', 'format', 'status', 'published'],
    listSearchableFields: ['title', 'commune'],
    group: 'Parentalité et Numérique',
  },
  access: {
    read: publicOrOwnTerritory({ published: { equals: true } }),
    create: ownTerritoryOrAdmin(),
    update: ownTerritoryOrAdmin(),
    delete: ownTerritoryOrAdmin(),
  },
  defaultSort: 'startsAt',
  hooks: { beforeChange: [checkWorkshop] },
  fields: [
    { name: 'title', type: 'text', label: label('Titre', 'Title'), required: true, maxLength: 150 },
    slugField('title', { unique: true }),
    {
      type: 'row',
      fields: [
        {
          name: 'territory',
          type: 'relationship',
          relationTo: 'territories',
          label: label('Territoire', 'Territory'),
          required: true,
          index: true,
        },
        {
          name: 'convention',
          type: 'relationship',
          relationTo: 'conventions',
          label: label('Convention', 'Convention'),
          filterOptions: ({ data }) => {
            const territory = relationId(data?.territory)
            return territory === null ? false : { territory: { equals: territory } }
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          type: 'select',
          label: label('Format', 'Format'),
          required: true,
          options: selectOptions(WORKSHOP_FORMAT_LABELS),
        },
        {
          name: 'theme',
          type: 'select',
          label: label('Thème', 'Theme'),
          required: true,
          index: true,
          options: selectOptions(WORKSHOP_THEME_LABELS),
        },
        {
          name: 'audience',
          type: 'select',
          label: label('Public', 'Audience'),
          required: true,
          index: true,
          options: selectOptions(WORKSHOP_AUDIENCE_LABELS),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          label: label('Date et heure', 'Date and time'),
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm', timeIntervals: 15 } },
        },
        {
          name: 'durationMinutes',
          type: 'number',
          label: label('Durée (minutes)', 'Duration (minutes)'),
          min: 15,
          max: 600,
          defaultValue: 120,
        },
      ],
    },
    { name: 'description', type: 'textarea', label: label('Description', 'Description'), maxLength: 3000 },
    {
      type: 'row',
      fields: [
        { name: 'commune', type: 'text', label: label('Commune', 'Commune'), required: true, maxLength: 100 },
        { name: 'venue', type: 'text', label: label('Lieu', 'Venue'), required: true, maxLength: 200 },
      ],
    },
    { name: 'address', type: 'text', label: label('Adresse', 'Address'), maxLength: 300 },
    {
      type: 'row',
      fields: [
        {
          name: 'latitude',
          type: 'number',
          label: label('Latitude', 'Latitude'),
          admin: { step: 0.000001, description: label('Pour la carte (ex. : 49.5641).', 'For the map.') },
        },
        {
          name: 'longitude',
          type: 'number',
          label: label('Longitude', 'Longitude'),
          admin: { step: 0.000001, description: label('Pour la carte (ex. : 3.6199).', 'For the map.') },
        },
      ],
    },
    {
      name: 'schools',
      type: 'relationship',
      relationTo: 'establishments',
      hasMany: true,
      label: label('Écoles et collèges concernés', 'Schools'),
    },
    {
      name: 'registration',
      type: 'text',
      label: label('Inscription', 'Registration'),
      maxLength: 300,
      admin: { description: label('Comment s’inscrire (public).', 'How to register (public).') },
    },
    {
      type: 'row',
      fields: [
        { name: 'capacity', type: 'number', label: label('Places', 'Capacity'), min: 1 },
        {
          name: 'status',
          type: 'select',
          label: label('Statut', 'Status'),
          required: true,
          defaultValue: 'planned',
          index: true,
          options: selectOptions(WORKSHOP_STATUS_LABELS),
        },
        {
          name: 'participants',
          type: 'number',
          label: label('Participants (après l’atelier)', 'Participants (after the event)'),
          min: 0,
        },
      ],
    },
    {
      name: 'questionnaire',
      type: 'relationship',
      relationTo: 'forms',
      label: label('Questionnaire des parents', 'Parents’ questionnaire'),
      admin: {
        description: label('Vide : le questionnaire de satisfaction par défaut.', 'Empty: the default questionnaire.'),
      },
    },
    {
      name: 'questionnaireLink',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/ui/admin/QuestionnaireLink#QuestionnaireLink' } },
    },
    {
      name: 'published',
      type: 'checkbox',
      label: label('Publié dans l’agenda', 'Published in the agenda'),
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar' },
    },
  ],
}
