import type { CollectionConfig } from 'payload'

import { adminOnly, adminOnlyField, anyone, ownTerritoryOrAdmin } from '@/access'
import { COHORT_LABELS } from '@/domain/tne/options'
import { schoolYearProblem } from '@/domain/tne/school-year'
import { slugField } from '@/fields/slug'
import { label } from '@/fields/label'

import { indicatorsEndpoint } from './endpoints/indicators'

/**
 * The TNE départements. Coordinators edit the public presentation of their own territories only
 * (coordinating structure, timeline, page content, declared figures); identity and cohort are the GIP's.
 */
export const Territories: CollectionConfig = {
  slug: 'territories',
  labels: { singular: label('Territoire TNE', 'TNE territory'), plural: label('Territoires TNE', 'TNE territories') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'cohort', 'startYear', 'endYear'],
    group: 'Parentalité et Numérique',
  },
  access: { read: anyone, create: adminOnly, update: ownTerritoryOrAdmin('id'), delete: adminOnly },
  defaultSort: 'name',
  endpoints: [indicatorsEndpoint],
  fields: [
    { name: 'name', type: 'text', label: label('Nom', 'Name'), required: true, access: { update: adminOnlyField } },
    slugField('name', { unique: true, access: { update: adminOnlyField } }),
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: label('Département', 'Département'),
      required: true,
      unique: true,
      access: { update: adminOnlyField },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'cohort',
          type: 'select',
          label: label('Cohorte', 'Cohort'),
          required: true,
          options: [
            { value: 'pilot', label: label(COHORT_LABELS.pilot, 'Pilot (2020–2024)') },
            { value: 'extension', label: label(COHORT_LABELS.extension, 'Extension (2022–2026)') },
          ],
          access: { update: adminOnlyField },
        },
        {
          name: 'startYear',
          type: 'number',
          label: label('Début', 'Start'),
          required: true,
          min: 2020,
          max: 2100,
          access: { update: adminOnlyField },
        },
        {
          name: 'endYear',
          type: 'number',
          label: label('Fin', 'End'),
          required: true,
          min: 2020,
          max: 2100,
          access: { update: adminOnlyField },
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      label: label('Présentation publique', 'Public presentation'),
      maxLength: 2000,
    },
    {
      name: 'coordinatingStructure',
      type: 'group',
      label: label('Structure de coordination', 'Coordinating structure'),
      admin: {
        description: label('Affichée sur la page publique du territoire.', 'Shown on the territory’s public page.'),
      },
      fields: [
        { name: 'name', type: 'text', label: label('Nom', 'Name'), maxLength: 200 },
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email', label: label('E-mail de contact', 'Contact e-mail') },
            { name: 'phone', type: 'text', label: label('Téléphone', 'Phone'), maxLength: 30 },
            {
              name: 'website',
              type: 'text',
              label: label('Site web', 'Website'),
              validate: (value: string | null | undefined) =>
                !value || /^https:\/\/\S+$/.test(value) || 'Adresse commençant par https://',
            },
          ],
        },
      ],
    },
    {
      name: 'coordinators',
      type: 'join',
      collection: 'users',
      on: 'territories',
      label: label('Coordinateurs', 'Coordinators'),
      admin: {
        description: label(
          'Les comptes coordinateurs de ce territoire (attribués par un administrateur, dans Utilisateurs).',
          'Coordinator accounts, assigned by an admin in Users.',
        ),
        defaultColumns: ['email', 'firstName', 'lastName'],
      },
    },
    {
      name: 'pageContent',
      type: 'richText',
      label: label('Contenu de la page publique', 'Public page content'),
    },
    {
      name: 'timeline',
      type: 'array',
      label: label('Déroulé par année scolaire', 'Timeline per school year'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'schoolYear',
              type: 'text',
              label: label('Année scolaire', 'School year'),
              required: true,
              admin: { placeholder: '2023-2024' },
              validate: (value: string | null | undefined) => schoolYearProblem(value) ?? true,
            },
            { name: 'title', type: 'text', label: label('Étape', 'Milestone'), required: true, maxLength: 200 },
          ],
        },
        { name: 'description', type: 'textarea', label: label('Description', 'Description'), maxLength: 2000 },
      ],
    },
    {
      name: 'yearlyFigures',
      type: 'array',
      label: label('Chiffres déclarés par année', 'Declared figures per year'),
      admin: {
        description: label(
          'Ce que les fiches ne comptent pas d’elles-mêmes : les initiatives de soutien aux parents de l’année civile.',
          'Figures not derived from records.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'year', type: 'number', label: label('Année', 'Year'), required: true, min: 2020, max: 2100 },
            { name: 'initiatives', type: 'number', label: label('Initiatives', 'Initiatives'), required: true, min: 0 },
            {
              name: 'professionalsInTraining',
              type: 'number',
              label: label('Professionnels en parcours de formation', 'Professionals in training'),
              min: 0,
            },
          ],
        },
      ],
    },
  ],
}
