import type { CollectionConfig, FieldAccess } from 'payload'

import { adminOnlyField, nobody } from '@/access'
import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { COURTE_ECHELLE_REASON_LABELS } from '@/domain/projects/courte-echelle'
import { PROJECT_KINDS, PROJECT_LEVELS } from '@/domain/projects/options'
import { PROJECT_STATUSES, PROJECT_STATUS_LABELS } from '@/domain/projects/status'
import { historyRowLabel, rowLabel } from '@/fields/row-label'
import { centsField } from '@/fields/money'
import { slugField } from '@/fields/slug'
import { label } from '@/fields/label'

import { importedHistoryFields } from './imported-history'
import { withEditingTips } from './editing-tips'
import {
  editableByOwnerOrStaff,
  ownersOrStaffField,
  picturesOfThisProject,
  publishedOwnOrStaff,
  teachersOrAdmins,
} from './access'
import { exportEndpoint } from './endpoints/export'
import { transitionEndpoint } from './endpoints/transition'
import { checkGoalsOnSave } from './hooks/checkGoalsOnSave'
import { guardStatus } from './hooks/guardStatus'
import { recordStaffEdits } from './hooks/recordStaffEdits'
import { revalidateProject } from './hooks/revalidateProject'
import { setOwner } from './hooks/setOwner'
import { suggestCourteEchelleLabel } from './hooks/suggestCourteEchelleLabel'

const moderatorsOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'moderator')
const CALENDAR_DAY = '/ui/admin/CalendarDayField#CalendarDayField'

/** Class projects of the crowdfunding site (domain.md, "Projects"). */
export const Projects: CollectionConfig = {
  slug: 'projects',
  labels: { singular: label('Projet', 'Project'), plural: label('Projets', 'Projects') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'establishment', 'minimumGoalCents', 'endDate'],
    listSearchableFields: ['title', 'slug'],
    group: label('Financement participatif', 'Crowdfunding'),
    components: { beforeListTable: ['/ui/admin/ExportProjectsLinks#ExportProjectsLinks'] },
    // A structure's managers work on their structures' projects: the admin lists those, not every public project.
    baseFilter: ({ req: { user } }) =>
      hasRole(user, 'structure-manager') && !hasRole(user, 'admin', 'moderator')
        ? { structure: { in: relationIds(user?.structures) } }
        : null,
  },
  access: {
    read: publishedOwnOrStaff,
    create: teachersOrAdmins,
    update: editableByOwnerOrStaff,
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  hooks: {
    beforeValidate: [checkGoalsOnSave],
    beforeChange: [setOwner, guardStatus, suggestCourteEchelleLabel],
    afterChange: [recordStaffEdits, revalidateProject],
    afterDelete: [revalidateProject],
  },
  endpoints: [exportEndpoint, transitionEndpoint],
  fields: withEditingTips([
    { name: 'title', type: 'text', label: label('Titre', 'Title'), required: true, maxLength: 120 },
    slugField('title', { unique: true }),
    {
      name: 'status',
      type: 'select',
      label: label('Statut', 'Status'),
      required: true,
      defaultValue: 'draft',
      index: true,
      options: PROJECT_STATUSES.map((value) => ({ value, label: PROJECT_STATUS_LABELS[value] })),
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'workflow',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/ui/admin/ProjectWorkflow#ProjectWorkflow' } },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      label: label('Porteur du projet', 'Owner'),
      index: true,
      access: { update: adminOnlyField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'coOwners',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: label('Co-porteurs', 'Co-owners'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'establishment',
      type: 'relationship',
      relationTo: 'establishments',
      label: label('Établissement', 'School'),
      index: true,
    },
    {
      name: 'structure',
      type: 'relationship',
      relationTo: 'structures',
      label: label('Structure bénéficiaire', 'Receiving structure'),
      index: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          label: label('Niveau', 'Level'),
          options: PROJECT_LEVELS.map(({ value, label }) => ({ value, label: { fr: label, en: value } })),
        },
        {
          name: 'kind',
          type: 'select',
          label: label('Type de projet', 'Kind'),
          options: PROJECT_KINDS.map(({ value, label }) => ({ value, label: { fr: label, en: value } })),
        },
        { name: 'nights', type: 'number', label: label('Nuitées', 'Nights'), min: 0, max: 30 },
        { name: 'pupils', type: 'number', label: label('Élèves concernés', 'Pupils'), min: 1, max: 2000 },
      ],
    },
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      label: label('Thématiques', 'Themes'),
    },
    { name: 'summary', type: 'textarea', label: label('Résumé', 'Summary'), maxLength: 300 },
    { name: 'description', type: 'richText', label: label('Description', 'Description') },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'project-pictures',
      label: label('Photo principale', 'Cover picture'),
      filterOptions: picturesOfThisProject,
    },
    {
      name: 'gallery',
      type: 'upload',
      relationTo: 'project-pictures',
      hasMany: true,
      maxRows: 6,
      label: label('Galerie', 'Gallery'),
      filterOptions: picturesOfThisProject,
    },
    {
      name: 'pedagogicalGoals',
      type: 'textarea',
      label: label('Objectifs pédagogiques', 'Pedagogical goals'),
      maxLength: 3000,
    },
    {
      name: 'budgetLines',
      type: 'array',
      label: label('Budget', 'Budget'),
      labels: {
        singular: label('Poste de dépense', 'Budget line'),
        plural: label('Postes de dépense', 'Budget lines'),
      },
      admin: { components: { RowLabel: rowLabel('Poste', ['label'], 'amountCents') } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', label: label('Poste', 'Item'), required: true },
            centsField('amountCents', label('Montant', 'Amount'), { required: true }),
          ],
        },
      ],
    },
    {
      name: 'otherFunding',
      type: 'array',
      label: label('Autres financements', 'Other funding'),
      labels: { singular: label('Financement', 'Funding'), plural: label('Financements', 'Funding') },
      admin: { components: { RowLabel: rowLabel('Financement', ['label'], 'amountCents') } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', label: label('Financeur', 'Funder'), required: true },
            centsField('amountCents', label('Montant', 'Amount'), { required: true }),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        centsField('minimumGoalCents', label('Objectif minimum', 'Minimum goal')),
        centsField('optimumGoalCents', label('Objectif optimum', 'Optimum goal')),
        {
          name: 'minimumCapOverride',
          type: 'checkbox',
          label: label('Minimum au-delà de 5 000 € autorisé', 'Minimum above 5,000 € allowed'),
          defaultValue: false,
          access: { create: adminOnlyField, update: adminOnlyField },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'text',
          label: label('Début de la collecte', 'Campaign start'),
          admin: { placeholder: 'AAAA-MM-JJ', components: { Field: CALENDAR_DAY } },
          validate: (v: string | null | undefined) =>
            !v || /^\d{4}-\d{2}-\d{2}$/.test(v) || 'Date au format AAAA-MM-JJ.',
        },
        {
          name: 'endDate',
          type: 'text',
          label: label('Fin de la collecte', 'Campaign end'),
          index: true,
          admin: { placeholder: 'AAAA-MM-JJ', components: { Field: CALENDAR_DAY } },
          validate: (v: string | null | undefined) =>
            !v || /^\d{4}-\d{2}-\d{2}$/.test(v) || 'Date au format AAAA-MM-JJ.',
        },
        {
          name: 'stopAtOptimum',
          type: 'checkbox',
          label: label('Arrêter la collecte à l’optimum', 'Stop at optimum'),
          defaultValue: true,
        },
      ],
    },
    {
      name: 'counterparts',
      type: 'array',
      label: label('Contreparties proposées aux entreprises', 'Counterparts for companies'),
      labels: { singular: label('Contrepartie', 'Counterpart'), plural: label('Contreparties', 'Counterparts') },
      admin: { components: { RowLabel: rowLabel('Contrepartie', ['label'], 'estimatedValueCents') } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', label: label('Contrepartie', 'Counterpart'), required: true },
            centsField('estimatedValueCents', label('Valeur estimée', 'Estimated value')),
          ],
        },
      ],
    },
    {
      name: 'schoolHead',
      type: 'group',
      label: label('Direction de l’école', 'School head'),
      admin: {
        description: label(
          'Elle confirme le projet au nom de l’école par un lien reçu par e-mail.',
          'Confirms the project by an e-mailed link.',
        ),
      },
      // Personal data of someone without an account: never public, even on a public project. The rule sits on
      // each field. (The admin draws the group's fields once it scrolls into view, like every nested field.)
      fields: [
        {
          name: 'name',
          type: 'text',
          label: label('Nom', 'Name'),
          maxLength: 120,
          access: { read: ownersOrStaffField },
          admin: { width: '50%' },
        },
        {
          name: 'email',
          type: 'email',
          label: label('E-mail', 'E-mail'),
          access: { read: ownersOrStaffField },
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'schoolValidation',
      type: 'group',
      label: label('Confirmation par l’école', 'School confirmation'),
      access: { read: moderatorsOnly, create: nobody, update: nobody },
      admin: { readOnly: true, condition: (data) => Boolean(data?.schoolValidation?.sentAt) },
      fields: [
        { name: 'nonce', type: 'text', access: { read: nobody }, admin: { hidden: true } },
        {
          name: 'sentAt',
          type: 'date',
          label: label('Lien envoyé le', 'Link sent'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'expiresAt',
          type: 'date',
          label: label('Lien valable jusqu’au', 'Link valid until'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'confirmedAt',
          type: 'date',
          label: label('Confirmé le', 'Confirmed'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        centsField('collectedCents', label('Collecté', 'Collected'), {
          defaultValue: 0,
          access: { create: nobody, update: nobody },
          admin: { readOnly: true },
        }),
        {
          name: 'donorCount',
          type: 'number',
          label: label('Donateurs', 'Donors'),
          defaultValue: 0,
          access: { create: nobody, update: nobody },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'coachingSent',
      type: 'select',
      hasMany: true,
      label: label('E-mails d’accompagnement envoyés', 'Coaching e-mails sent'),
      options: [
        { value: 'week_in', label: label('Une semaine après l’ouverture', 'A week in') },
        { value: 'eight_days_left', label: label('8 jours avant la fin', '8 days left') },
        {
          value: 'two_days_left_below_minimum',
          label: label('2 jours avant la fin, sous le minimum', '2 days left below minimum'),
        },
      ],
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'inclusive',
      type: 'checkbox',
      label: label('Projet inclusif (handicap, décrochage)', 'Inclusive project'),
      defaultValue: false,
    },
    {
      type: 'collapsible',
      label: 'Courte Échelle',
      fields: [
        {
          name: 'courteEchelleSuggestion',
          type: 'select',
          hasMany: true,
          label: label('Suggéré par la plateforme, pour ces motifs', 'Suggested by the platform, for these reasons'),
          options: Object.entries(COURTE_ECHELLE_REASON_LABELS).map(([value, fr]) => ({ value, label: fr })),
          access: { create: nobody, update: nobody },
          admin: { readOnly: true },
        },
        {
          name: 'courteEchelle',
          type: 'checkbox',
          label: label('Label Courte Échelle confirmé', 'Courte Échelle label confirmed'),
          defaultValue: false,
          access: { create: moderatorsOnly, update: moderatorsOnly },
        },
        {
          name: 'courteEchelleReasons',
          type: 'select',
          hasMany: true,
          label: label('Motifs', 'Reasons'),
          options: Object.entries(COURTE_ECHELLE_REASON_LABELS).map(([value, fr]) => ({ value, label: fr })),
          access: { create: moderatorsOnly, update: moderatorsOnly },
        },
      ],
    },
    {
      name: 'edits',
      type: 'join',
      collection: 'project-edits',
      on: 'project',
      label: label('Modifications par le GIP', 'Edits by the GIP'),
      defaultLimit: 20,
      admin: {
        allowCreate: false,
        defaultColumns: ['editor', 'summary', 'createdAt'],
        condition: (_, __, { user }) => hasRole(user, 'admin', 'moderator'),
      },
    },
    {
      name: 'history',
      type: 'array',
      label: label('Historique', 'History'),
      // Moderation decisions and comments, with who made them: for the owners and the staff.
      access: { read: ownersOrStaffField, create: nobody, update: nobody },
      admin: { readOnly: true, components: { RowLabel: historyRowLabel(PROJECT_STATUS_LABELS) } },
      labels: { singular: label('Étape', 'Step'), plural: label('Étapes', 'Steps') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'from',
              type: 'select',
              label: label('De', 'From'),
              options: PROJECT_STATUSES.map((value) => ({ value, label: label(PROJECT_STATUS_LABELS[value], value) })),
              required: true,
            },
            {
              name: 'to',
              type: 'select',
              label: label('Vers', 'To'),
              options: PROJECT_STATUSES.map((value) => ({ value, label: label(PROJECT_STATUS_LABELS[value], value) })),
              required: true,
            },
            {
              name: 'at',
              type: 'date',
              label: label('Le', 'At'),
              required: true,
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'actor',
              type: 'select',
              label: label('Par (rôle)', 'By (role)'),
              options: [
                { value: 'owner', label: label('Porteur du projet', 'Owner') },
                { value: 'moderator', label: label('Modération', 'Moderator') },
                { value: 'admin', label: label('Administration', 'Admin') },
                { value: 'school-head', label: label('Direction de l’école', 'School head') },
                { value: 'system', label: label('Automatique', 'System') },
              ],
              required: true,
            },
            { name: 'actorUser', type: 'relationship', relationTo: 'users', label: label('Par', 'By') },
          ],
        },
        { name: 'comment', type: 'textarea', label: label('Commentaire', 'Comment') },
      ],
    },
    importedHistoryFields,
  ]),
}
