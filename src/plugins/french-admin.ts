import type { ArrayField, CollectionConfig, Field, Plugin } from 'payload'

import { MONEY_COMPONENTS } from '@/fields/money'
import { rowLabel } from '@/fields/row-label'

/**
 * The admin speaks French to the staff (issue 20), for every collection, plugins' included:
 *
 * - dates and times written the French way ("12 décembre 2023 à 16 h 37"), in lists, forms and pickers;
 * - every array's rows named by their content ("Transport — 1 200 €", "Nathalie Martin"), not "Budget Line 01";
 * - the fields that plugins and Payload itself add without a label (SEO, nested pages, search index,
 *   form builder, jobs, sites…) get a French one, instead of their name in English words.
 *
 * Our own fields carry their French labels where they are declared; tests/int/admin-french.int.spec.ts
 * fails on any field of the admin left without one.
 */
export const DATE_FORMATS = {
  dayAndTime: "d MMMM yyyy 'à' H 'h' mm",
  day: 'd MMMM yyyy',
  time: "H 'h' mm",
  month: 'MMMM yyyy',
} as const

/** Labels of fields that plugins and Payload declare without one (by the field's name). */
const PLUGIN_FIELD_LABELS: Record<string, string> = {
  // plugin-seo
  title: 'Titre',
  description: 'Description',
  image: 'Image de partage',
  // plugin-nested-docs
  parent: 'Page parente',
  breadcrumbs: 'Fil d’Ariane',
  doc: 'Document',
  url: 'URL',
  label: 'Libellé',
  // plugin-search
  priority: 'Priorité',
  // plugin-form-builder
  form: 'Questionnaire',
  submissionData: 'Réponses',
  field: 'Champ',
  value: 'Valeur',
  message: 'Message',
  // plugin-multi-tenant (users)
  tenants: 'Sites',
  tenant: 'Site',
  // jobs
  input: 'Entrée',
  taskStatus: 'État des tâches',
  completedAt: 'Terminée le',
  totalTried: 'Essais',
  hasError: 'En erreur',
  error: 'Erreur',
  log: 'Journal',
  executedAt: 'Exécutée le',
  taskSlug: 'Tâche',
  taskID: 'Identifiant de la tâche',
  output: 'Sortie',
  state: 'État',
  queue: 'File',
  waitUntil: 'Pas avant le',
  processing: 'En cours',
  workflowSlug: 'Enchaînement',
  meta: 'Métadonnées',
  // auth
  _verified: 'Adresse vérifiée',
  sessions: 'Sessions',
  expiresAt: 'Expire le',
}

/** English labels that plugins write out (plugin-seo, blocks, jobs), in French. */
const ENGLISH_LABELS: Record<string, string> = {
  SEO: 'Référencement (SEO)',
  Meta: 'Métadonnées',
  'Meta Image': 'Image de partage',
  'Block Name': 'Nom du bloc',
  Stats: 'Statistiques',
}

/** Payload's label for a field declared without one: its name in words ("submissionData" → "Submission Data"). */
const isPayloadDefaultLabel = (label: unknown, name: string) =>
  label === undefined ||
  (typeof label === 'string' && label.toLowerCase().replace(/\s/g, '') === name.toLowerCase().replace(/_/g, ''))

function dateAdmin(field: Extract<Field, { type: 'date' }>): Extract<Field, { type: 'date' }>['admin'] {
  const appearance = field.admin?.date?.pickerAppearance ?? 'default'
  const displayFormat =
    appearance === 'dayAndTime'
      ? DATE_FORMATS.dayAndTime
      : appearance === 'timeOnly'
        ? DATE_FORMATS.time
        : appearance === 'monthOnly'
          ? DATE_FORMATS.month
          : DATE_FORMATS.day
  const date = {
    ...field.admin?.date,
    displayFormat,
    ...(appearance === 'dayAndTime' || appearance === 'timeOnly' ? { timeFormat: DATE_FORMATS.time } : {}),
  }
  return { ...field.admin, date } as Extract<Field, { type: 'date' }>['admin']
}

type Named = { name: string; type: string; admin?: { components?: { Field?: unknown } } }

/** The row's own data fields, rows and collapsibles flattened. */
const dataFields = (fields: Field[]): Named[] =>
  fields.flatMap((f) =>
    f.type === 'row' || f.type === 'collapsible' ? dataFields(f.fields) : 'name' in f ? [f as unknown as Named] : [],
  )

const frenchSingular = (field: ArrayField): string => {
  const singular = field.labels?.singular
  if (typeof singular === 'string') return singular
  if (singular && typeof singular === 'object' && 'fr' in singular && typeof singular.fr === 'string')
    return singular.fr
  return 'Ligne'
}

/** Names an array's rows by their first text fields and their amount, where none is given. */
function withRowLabel(field: ArrayField): ArrayField {
  if (field.admin?.components?.RowLabel) return field
  const own = dataFields(field.fields)
  const texts = own
    .filter(
      (f) => ['text', 'email', 'number'].includes(f.type) && f.admin?.components?.Field !== MONEY_COMPONENTS.Field,
    )
    .slice(0, 2)
    .map((f) => f.name)
  const money = own.find((f) => f.admin?.components?.Field === MONEY_COMPONENTS.Field)?.name
  return {
    ...field,
    admin: {
      ...field.admin,
      components: { ...field.admin?.components, RowLabel: rowLabel(frenchSingular(field), texts, money) },
    },
  }
}

/** The fields, with French dates and French labels where plugins left none. */
export function frenchFields(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    let next = field
    if (
      'name' in next &&
      next.type !== 'ui' &&
      PLUGIN_FIELD_LABELS[next.name] &&
      isPayloadDefaultLabel('label' in next ? next.label : undefined, next.name)
    ) {
      next = { ...next, label: PLUGIN_FIELD_LABELS[next.name] } as Field
    }
    if ('label' in next && typeof next.label === 'string' && ENGLISH_LABELS[next.label])
      next = { ...next, label: ENGLISH_LABELS[next.label] } as Field
    if (next.type === 'date') next = { ...next, admin: dateAdmin(next) }
    if (next.type === 'array') next = withRowLabel(next)
    if ('fields' in next && Array.isArray(next.fields)) next = { ...next, fields: frenchFields(next.fields) } as Field
    if (next.type === 'tabs')
      next = { ...next, tabs: next.tabs.map((tab) => ({ ...tab, fields: frenchFields(tab.fields) })) }
    if (next.type === 'blocks' && next.blocks)
      next = { ...next, blocks: next.blocks.map((block) => ({ ...block, fields: frenchFields(block.fields) })) }
    return next
  })
}

/** A collection with French dates and labels (also used for the jobs collection, which Payload adds after the plugins). */
export const frenchCollection = <C extends CollectionConfig>(collection: C): C => ({
  ...collection,
  fields: frenchFields(collection.fields),
})

export const frenchAdmin: Plugin = (config) => ({
  ...config,
  admin: { ...config.admin, dateFormat: DATE_FORMATS.dayAndTime },
  collections: (config.collections ?? []).map(frenchCollection),
  globals: (config.globals ?? []).map((global) => ({ ...global, fields: frenchFields(global.fields) })),
})

/** The admin's tab icon: the portal's initial on the GIP's blue (an inline SVG, no request). */
export const ADMIN_ICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#000091"/><text x="32" y="45" font-family="Arial,sans-serif" font-size="36" font-weight="700" fill="#fff" text-anchor="middle">G</text></svg>')}`
