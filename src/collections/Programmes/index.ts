import { type CollectionBeforeValidateHook, type CollectionConfig, ValidationError } from 'payload'

import { adminOnly } from '@/access'
import { ownSponsors } from '@/collections/Sponsors'
import { PRIORITY_EDUCATION } from '@/domain/establishments/establishment'
import { type Criteria, criteriaProblems } from '@/domain/sponsors/criteria'
import { type MechanismSettings, mechanismProblems } from '@/domain/sponsors/mechanisms'
import { PROJECT_KINDS, PROJECT_LEVELS } from '@/domain/projects/options'
import { centsField } from '@/fields/money'
import { programmeReservedCents } from '@/services/sponsors/programme-statement'
import { label } from '@/fields/label'

import { programmeStatementEndpoint } from './endpoints/statement'

const ids = (value: unknown) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v ? (v as { id: number }).id : Number(v))) : []
const show = (...mechanisms: string[]) => ({
  condition: (data: Record<string, unknown>) => mechanisms.includes(String(data?.mechanism)),
})

/** Contradictory criteria, a negative ratio or cap, a budget below what is already reserved: refused on their field. */
const checkProgramme: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as Record<string, unknown> & { criteria?: Record<string, unknown> }
  const criteria: Criteria = {
    ...merged.criteria,
    themes: ids(merged.criteria?.themes),
    departments: ids(merged.criteria?.departments),
    academies: ids(merged.criteria?.academies),
  } as Criteria
  const problems = [...criteriaProblems(criteria), ...mechanismProblems(merged as unknown as MechanismSettings)]
  if (merged.funding === 'sponsor' && !merged.sponsor)
    problems.push({ path: 'sponsor', message: 'Choisissez le mécène qui finance ce programme.' })
  if (merged.funding === 'sponsor' && !(Number(merged.budgetCents) > 0))
    problems.push({ path: 'budgetCents', message: 'Indiquez le budget du programme.' })
  if (merged.startsOn && merged.endsOn && String(merged.endsOn) < String(merged.startsOn))
    problems.push({ path: 'endsOn', message: 'La fin de la période doit suivre son début.' })
  if (originalDoc?.id && data?.budgetCents != null) {
    const reserved = await programmeReservedCents(req.payload, Number(originalDoc.id))
    if (Number(data.budgetCents) < reserved)
      problems.push({
        path: 'budgetCents',
        message: `${(reserved / 100).toLocaleString('fr-FR')} € sont déjà engagés : le budget ne peut pas descendre en dessous.`,
      })
  }
  if (problems.length) throw new ValidationError({ collection: 'programmes', errors: problems })
  return data
}

/**
 * Sponsors' programmes, and the solidarity fund's (domain.md, "Sponsors", "Solidarity fund"): the
 * criteria a project must meet, the mechanism and its caps, the budget and the period. The engine
 * (src/services/sponsors) reserves the budget in the transaction of each top-up; `reservedCents`
 * is written by it only. Sponsors' managers read their programmes; admins manage them.
 */
export const Programmes: CollectionConfig = {
  slug: 'programmes',
  labels: {
    singular: label('Programme d’abondement', 'Programme'),
    plural: label('Programmes d’abondement', 'Programmes'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'sponsor', 'mechanism', 'budgetCents', 'reservedCents', 'active'],
    group: label('Mécénat', 'Sponsorship'),
  },
  access: { read: ownSponsors('sponsor'), create: adminOnly, update: adminOnly, delete: adminOnly },
  hooks: { beforeValidate: [checkProgramme] },
  endpoints: [programmeStatementEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Nom', 'Name') },
    {
      name: 'statement',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/ui/admin/ProgrammeStatementLinks#ProgrammeStatementLinks' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'funding',
          type: 'select',
          required: true,
          defaultValue: 'sponsor',
          label: label('Financé par', 'Funded by'),
          options: [
            { value: 'sponsor', label: label('Un mécène (budget du programme)', 'A sponsor') },
            { value: 'solidarity_fund', label: label('Le fonds solidaire (son solde)', 'The solidarity fund') },
          ],
        },
        {
          name: 'sponsor',
          type: 'relationship',
          relationTo: 'sponsors',
          index: true,
          label: label('Mécène', 'Sponsor'),
          admin: { condition: (data) => data?.funding !== 'solidarity_fund' },
        },
        { name: 'active', type: 'checkbox', defaultValue: true, label: label('Actif', 'Active') },
      ],
    },
    {
      name: 'criteria',
      type: 'group',
      label: label('Critères (tous ceux renseignés doivent être remplis)', 'Criteria'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'themes',
              type: 'relationship',
              relationTo: 'themes',
              hasMany: true,
              label: label('Thématiques (l’une d’elles)', 'Themes'),
            },
            {
              name: 'levels',
              type: 'select',
              hasMany: true,
              options: PROJECT_LEVELS.map((l) => ({ value: l.value, label: l.label })),
              label: label('Niveaux', 'Levels'),
            },
            {
              name: 'kinds',
              type: 'select',
              hasMany: true,
              options: PROJECT_KINDS.map((k) => ({ value: k.value, label: k.label })),
              label: label('Types de projet', 'Project kinds'),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'departments',
              type: 'relationship',
              relationTo: 'departments',
              hasMany: true,
              label: label('Départements', 'Départements'),
            },
            {
              name: 'academies',
              type: 'relationship',
              relationTo: 'academies',
              hasMany: true,
              label: label('Académies', 'Académies'),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'territories',
              type: 'select',
              hasMany: true,
              label: label('Éducation prioritaire ou ruralité (l’un d’eux)', 'Priority or rural'),
              options: [
                ...PRIORITY_EDUCATION.filter((p) => p.value !== 'none').map((p) => ({
                  value: p.value,
                  label: p.label,
                })),
                { value: 'isolated_rural', label: 'Rural isolé' },
              ],
            },
            { name: 'minNights', type: 'number', min: 0, label: label('Nuitées minimum', 'Minimum nights') },
            centsField('maxMinimumGoalCents', label('Objectif minimum au plus', 'Maximum minimum goal')),
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'vocationalLycee',
              type: 'checkbox',
              label: label('Lycées professionnels seulement', 'Vocational lycées only'),
            },
            {
              name: 'courteEchelleOnly',
              type: 'checkbox',
              label: label('Projets Courte Échelle seulement', 'Courte Échelle only'),
            },
          ],
        },
      ],
    },
    {
      name: 'mechanism',
      type: 'select',
      required: true,
      defaultValue: 'match',
      label: label('Mécanisme', 'Mechanism'),
      options: [
        { value: 'match', label: label('Doublement des dons (à un taux, avec plafonds)', 'Match') },
        { value: 'threshold', label: label('Montant fixe à un seuil', 'Threshold') },
        { value: 'gap_close', label: label('Complément jusqu’au minimum avant la fin', 'Gap close') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'ratioPercent',
          type: 'number',
          label: label('Taux (%) : 100 = 1 € pour 1 €', 'Ratio (%)'),
          admin: show('match'),
        },
        centsField('capPerGiftCents', label('Plafond par don', 'Cap per gift'), {
          admin: { ...show('match'), step: 1 },
        }),
        centsField('capPerDonorCents', label('Plafond par donateur', 'Cap per donor'), {
          admin: { ...show('match'), step: 1 },
        }),
        centsField('capPerProjectCents', label('Plafond par projet', 'Cap per project'), {
          admin: { ...show('match', 'gap_close'), step: 1 },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        centsField('amountCents', label('Montant versé', 'Amount'), { admin: { ...show('threshold'), step: 1 } }),
        {
          name: 'sharePercent',
          type: 'number',
          label: label('Part de l’objectif minimum atteinte (%)', 'Share of minimum (%)'),
          admin: show('threshold', 'gap_close'),
        },
        {
          name: 'minDonors',
          type: 'number',
          label: label('Donateurs au moins', 'Minimum donors'),
          admin: show('threshold'),
        },
        {
          name: 'daysBeforeEnd',
          type: 'number',
          label: label('Jours avant la fin', 'Days before the end'),
          admin: show('gap_close'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        centsField('budgetCents', label('Budget', 'Budget'), {
          admin: { condition: (data) => data?.funding !== 'solidarity_fund', step: 1 },
        }),
        centsField('reservedCents', label('Engagé', 'Reserved'), {
          defaultValue: 0,
          access: { create: () => false, update: () => false },
          admin: { readOnly: true },
        }),
        {
          name: 'startsOn',
          type: 'date',
          label: label('Début', 'Starts'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        { name: 'endsOn', type: 'date', label: label('Fin', 'Ends'), admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    {
      name: 'countsTowardMinimum',
      type: 'checkbox',
      defaultValue: true,
      label: label('L’abondement compte pour atteindre l’objectif minimum', 'Counts toward the minimum'),
      admin: {
        description: label(
          'Sinon, il n’est versé que si la collecte réussit grâce aux dons.',
          'Otherwise, paid only if the donors’ gifts reach the minimum.',
        ),
      },
    },
  ],
}
