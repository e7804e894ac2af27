import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { adminOnly, adminOnlyField, adminsOrEditors, anyone, ownTerritoryOrAdmin } from '@/access'
import { label } from '@/fields/label'

import { resultsEndpoint } from './endpoints/results'
import { checkAnswer } from './hooks/checkAnswer'

const submissionHooks: NonNullable<CollectionConfig['hooks']> = { beforeChange: [checkAnswer] }

/**
 * Payload's form builder, for the parents' satisfaction questionnaire: `forms` holds the questions
 * (public; written by the GIP), `form-submissions` the anonymous answers, each linked to a workshop
 * and its territory (read by that territory's coordinators and the GIP; never changed).
 * Fields that would collect personal data (e-mail, country, state) and payments are not offered.
 * Answers send no e-mail (see `withoutSubmissionEmails`).
 */
const formBuilder = formBuilderPlugin({
  fields: { radio: true, email: false, country: false, state: false, payment: false, upload: false, date: false },
  formOverrides: {
    labels: { singular: label('Questionnaire', 'Form'), plural: label('Questionnaires', 'Forms') },
    admin: { group: 'Parentalité et Numérique' },
    access: { read: anyone, create: adminsOrEditors, update: adminsOrEditors, delete: adminOnly },
    fields: ({ defaultFields }) => [
      ...defaultFields.map(hideSubmissionEmails),
      {
        name: 'isParentsQuestionnaire',
        type: 'checkbox',
        label: label('Questionnaire de satisfaction des parents par défaut', 'Default parents’ questionnaire'),
        defaultValue: false,
        admin: {
          position: 'sidebar',
          description: label(
            'Proposé après chaque atelier qui n’a pas son propre questionnaire.',
            'Used after workshops without their own.',
          ),
        },
      },
    ],
  },
  formSubmissionOverrides: {
    labels: {
      singular: label('Réponse au questionnaire', 'Questionnaire answer'),
      plural: label('Réponses aux questionnaires', 'Questionnaire answers'),
    },
    admin: { group: 'Parentalité et Numérique', defaultColumns: ['workshop', 'territory', 'createdAt'] },
    access: { create: anyone, read: ownTerritoryOrAdmin(), update: () => false, delete: adminOnly },
    hooks: submissionHooks,
    endpoints: [resultsEndpoint],
    fields: ({ defaultFields }) => [
      ...defaultFields,
      {
        name: 'workshop',
        type: 'relationship',
        relationTo: 'workshops',
        label: label('Atelier', 'Workshop'),
        required: true,
        index: true,
      },
      {
        name: 'territory',
        type: 'relationship',
        relationTo: 'territories',
        label: label('Territoire', 'Territory'),
        index: true,
        access: { create: () => false, update: () => false },
        admin: { readOnly: true },
      },
    ],
  },
})

/**
 * The form builder's "E-mails" of a form: kept in the schema, hidden from editors, since nothing
 * sends them; and never readable through the public API of forms (addresses are personal data).
 */
function hideSubmissionEmails(field: Field): Field {
  return field.type === 'array' && field.name === 'emails'
    ? { ...field, access: { ...field.access, read: adminOnlyField }, admin: { ...field.admin, hidden: true } }
    : field
}

/**
 * The answers are anonymous and nobody is e-mailed about them, but the form builder always puts its
 * e-mailing hook first in `form-submissions`' afterChange hooks, with no option to leave it out;
 * without e-mails on the form, it logs "No emails to send." on every answer. Keep only our hooks.
 */
function withoutSubmissionEmails(config: Config): Config {
  const ours = submissionHooks.afterChange ?? []
  return {
    ...config,
    collections: config.collections?.map((collection): CollectionConfig => {
      if (collection.slug !== 'form-submissions') return collection
      const afterChange = collection.hooks?.afterChange ?? []
      if (afterChange.length !== ours.length + 1)
        throw new Error(
          '@payloadcms/plugin-form-builder changed its form-submissions hooks: review withoutSubmissionEmails',
        )
      return { ...collection, hooks: { ...collection.hooks, afterChange: afterChange.slice(1) } }
    }),
  }
}

export const questionnairePlugin: Plugin = async (config) => withoutSubmissionEmails(await formBuilder(config))
