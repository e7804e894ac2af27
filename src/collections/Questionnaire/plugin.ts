import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'

import { adminOnly, adminsOrEditors, anyone, ownTerritoryOrAdmin } from '@/access'

import { resultsEndpoint } from './endpoints/results'
import { checkAnswer } from './hooks/checkAnswer'

const label = (fr: string, en: string) => ({ fr, en })

/**
 * Payload's form builder, for the parents' satisfaction questionnaire: `forms` holds the questions
 * (public; written by the GIP), `form-submissions` the anonymous answers, each linked to a workshop
 * and its territory (read by that territory's coordinators and the GIP; never changed).
 * Fields that would collect personal data (e-mail, country, state) and payments are not offered.
 */
export const questionnairePlugin = formBuilderPlugin({
  fields: { radio: true, email: false, country: false, state: false, payment: false, upload: false, date: false },
  formOverrides: {
    labels: { singular: label('Questionnaire', 'Form'), plural: label('Questionnaires', 'Forms') },
    admin: { group: 'Parentalité et Numérique' },
    access: { read: anyone, create: adminsOrEditors, update: adminsOrEditors, delete: adminOnly },
    fields: ({ defaultFields }) => [
      ...defaultFields,
      {
        name: 'isParentsQuestionnaire',
        type: 'checkbox',
        label: label('Questionnaire de satisfaction des parents par défaut', 'Default parents’ questionnaire'),
        defaultValue: false,
        admin: { position: 'sidebar', description: label('Proposé après chaque atelier qui n’a pas son propre questionnaire.', 'Used after workshops without their own.') },
      },
    ],
  },
  formSubmissionOverrides: {
    labels: { singular: label('Réponse au questionnaire', 'Questionnaire answer'), plural: label('Réponses aux questionnaires', 'Questionnaire answers') },
    admin: { group: 'Parentalité et Numérique', defaultColumns: ['workshop', 'territory', 'createdAt'] },
    access: { create: anyone, read: ownTerritoryOrAdmin(), update: () => false, delete: adminOnly },
    hooks: { beforeChange: [checkAnswer] },
    endpoints: [resultsEndpoint],
    fields: ({ defaultFields }) => [
      ...defaultFields,
      { name: 'workshop', type: 'relationship', relationTo: 'workshops', label: label('Atelier', 'Workshop'), required: true, index: true },
      { name: 'territory', type: 'relationship', relationTo: 'territories', label: label('Territoire', 'Territory'), index: true, access: { create: () => false, update: () => false }, admin: { readOnly: true } },
    ],
  },
})
