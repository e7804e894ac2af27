/**
 * The teacher's project form, step by step: which fields each step holds, and how the submitted
 * text (euros with a decimal comma, dates, rows of a table) becomes the project's data. Pure: the
 * server action passes the form's values and saves what comes out.
 */
import { checkCampaignWindow } from './campaign-window'
import { isRecordId } from '@/domain/access/ids'
import { parseEuros } from '@/domain/money/euros'

import type { ProjectFormField } from './form-fields'

export const PROJECT_STEPS = [
  { slug: 'etablissement', title: 'Établissement et structure' },
  { slug: 'projet', title: 'Le projet' },
  { slug: 'budget', title: 'Budget et objectifs' },
  { slug: 'dates', title: 'Dates de la collecte' },
  { slug: 'photos', title: 'Photos' },
  { slug: 'relecture', title: 'Relecture et envoi' },
] as const

export type StepSlug = (typeof PROJECT_STEPS)[number]['slug']
export const isStep = (value: unknown): value is StepSlug => PROJECT_STEPS.some((s) => s.slug === value)
export const nextStep = (step: StepSlug): StepSlug | null =>
  PROJECT_STEPS[PROJECT_STEPS.findIndex((s) => s.slug === step) + 1]?.slug ?? null

/** Where a problem found at submission is corrected. */
export const STEP_OF_FIELD: Partial<Record<ProjectFormField | 'schoolHead.email' | 'schoolHead.name', StepSlug>> = {
  establishment: 'etablissement',
  structure: 'etablissement',
  'schoolHead.email': 'etablissement',
  'schoolHead.name': 'etablissement',
  title: 'projet',
  level: 'projet',
  kind: 'projet',
  nights: 'projet',
  pupils: 'projet',
  themes: 'projet',
  summary: 'projet',
  description: 'projet',
  pedagogicalGoals: 'projet',
  inclusive: 'projet',
  budgetLines: 'budget',
  otherFunding: 'budget',
  minimumGoalCents: 'budget',
  optimumGoalCents: 'budget',
  stopAtOptimum: 'budget',
  counterparts: 'budget',
  startDate: 'dates',
  endDate: 'dates',
  cover: 'photos',
  gallery: 'photos',
}

export type FormValues = Record<string, string | undefined>
export type StepResult = { data: Record<string, unknown>; errors: Record<string, string> }

type LexicalText = { type: 'text'; text: string; version: 1; detail: 0; format: 0; mode: 'normal'; style: '' }
type LexicalParagraph = {
  type: 'paragraph'
  children: LexicalText[]
  version: 1
  direction: 'ltr'
  format: ''
  indent: 0
  textFormat: 0
  textStyle: ''
}
export type LexicalDocument = {
  root: { type: 'root'; children: LexicalParagraph[]; direction: 'ltr'; format: ''; indent: 0; version: 1 }
}

/** Plain text with blank lines between paragraphs → the rich-text document the admin edits. */
export function textToLexical(text: string): LexicalDocument | null {
  const paragraphs = text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  if (!paragraphs.length) return null
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: paragraphs.map((p) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text: p.replace(/\n/g, ' '), version: 1, detail: 0, format: 0, mode: 'normal', style: '' },
        ],
      })),
    },
  }
}

/** The text of a rich-text document, paragraphs separated by blank lines. */
export function lexicalToText(doc: unknown): string {
  const collect = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { text?: string; children?: unknown[] }
    if (typeof n.text === 'string') return n.text
    return (n.children ?? []).map(collect).join('')
  }
  const root = (doc as { root?: { children?: unknown[] } } | null)?.root
  return (root?.children ?? []).map(collect).filter(Boolean).join('\n\n')
}

const trimmed = (v: string | undefined) => (v ?? '').trim()
const orNull = (v: string | undefined) => trimmed(v) || null

function wholeNumber(
  values: FormValues,
  name: string,
  label: string,
  errors: Record<string, string>,
  { min, max }: { min: number; max: number },
) {
  const text = trimmed(values[name])
  if (!text) return null
  // Digits only: Number() would also take "0x1A" (26) or "1e1" (10) for a count typed by a person.
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (!Number.isInteger(n) || n < min || n > max) {
    errors[name] = `${label} : indiquez un nombre entier entre ${min} et ${max}.`
    return undefined
  }
  return n
}

/** A record chosen in a list (radio, select): its id, or the field's French error (a crafted request). */
function choiceId(values: FormValues, name: string, message: string, errors: Record<string, string>) {
  const text = trimmed(values[name])
  if (!text) return null
  if (!isRecordId(text)) {
    errors[name] = message
    return undefined
  }
  return Number(text)
}

function amount(values: FormValues, name: string, label: string, errors: Record<string, string>) {
  const cents = parseEuros(values[name])
  if (Number.isNaN(cents)) {
    errors[name] = `${label} : indiquez un montant en euros, par exemple 1 250 ou 1 250,50.`
    return undefined
  }
  return cents
}

/** Rows of a table field ("budgetLines.0.label", "budgetLines.0.amountCents"…); empty rows are dropped. */
function rows(
  values: FormValues,
  name: string,
  amountName: string,
  errors: Record<string, string>,
  amountRequired: boolean,
) {
  const indexes = [
    ...new Set(
      Object.keys(values)
        .map((k) => new RegExp(`^${name}\\.(\\d+)\\.`).exec(k)?.[1])
        .filter(Boolean),
    ),
  ]
    .map(Number)
    .sort((a, b) => a - b)
  const result: { label: string; [key: string]: unknown }[] = []
  for (const i of indexes) {
    const label = trimmed(values[`${name}.${i}.label`])
    const amountKey = `${name}.${i}.${amountName}`
    const cents = parseEuros(values[amountKey])
    if (!label && cents === null) continue
    if (!label) errors[`${name}.${i}.label`] = 'Indiquez un libellé pour cette ligne.'
    if (Number.isNaN(cents)) errors[amountKey] = 'Indiquez un montant en euros, par exemple 350 ou 350,50.'
    else if (cents === null && amountRequired) errors[amountKey] = 'Indiquez le montant de cette ligne.'
    result.push({ label, [amountName]: cents })
  }
  return result
}

/** Parses one step's values into project data and field errors (nothing is saved when errors exist). */
export function parseStep(
  step: StepSlug,
  values: FormValues,
  { now, themeIds }: { now: Date; themeIds?: string[] },
): StepResult {
  const errors: Record<string, string> = {}
  const data: Record<string, unknown> = {}
  switch (step) {
    case 'etablissement': {
      data.establishment = choiceId(
        values,
        'establishment',
        'Choisissez l’établissement dans la liste des résultats de la recherche.',
        errors,
      )
      data.structure = choiceId(values, 'structure', 'Choisissez la structure bénéficiaire dans la liste.', errors)
      const email = trimmed(values['schoolHead.email'])
      if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
        errors['schoolHead.email'] = 'Indiquez une adresse e-mail valide, par exemple ce.0950001a@ac-versailles.fr.'
      data.schoolHead = { name: orNull(values['schoolHead.name']), email: email || null }
      break
    }
    case 'projet': {
      const title = trimmed(values.title)
      if (!title) errors.title = 'Donnez un titre au projet.'
      else if (title.length > 120) errors.title = 'Le titre ne doit pas dépasser 120 caractères.'
      data.title = title
      data.level = orNull(values.level)
      data.kind = orNull(values.kind)
      data.nights = wholeNumber(values, 'nights', 'Nuitées', errors, { min: 0, max: 30 })
      data.pupils = wholeNumber(values, 'pupils', 'Élèves concernés', errors, { min: 1, max: 2000 })
      const themes = (themeIds ?? []).map((id) => id.trim()).filter(Boolean)
      if (themes.every(isRecordId)) data.themes = themes.map(Number)
      else errors.themes = 'Choisissez les thématiques dans la liste.'
      const summary = trimmed(values.summary)
      if (summary.length > 300)
        errors.summary = `Le résumé ne doit pas dépasser 300 caractères (il en compte ${summary.length}).`
      data.summary = summary || null
      data.description = textToLexical(values.description ?? '')
      const goals = trimmed(values.pedagogicalGoals)
      if (goals.length > 3000)
        errors.pedagogicalGoals = 'Les objectifs pédagogiques ne doivent pas dépasser 3 000 caractères.'
      data.pedagogicalGoals = goals || null
      data.inclusive = values.inclusive === 'on'
      break
    }
    case 'budget': {
      data.budgetLines = rows(values, 'budgetLines', 'amountCents', errors, true)
      data.otherFunding = rows(values, 'otherFunding', 'amountCents', errors, true)
      data.counterparts = rows(values, 'counterparts', 'estimatedValueCents', errors, false)
      data.minimumGoalCents = amount(values, 'minimumGoalCents', 'Objectif minimum', errors)
      data.optimumGoalCents = amount(values, 'optimumGoalCents', 'Objectif optimum', errors)
      data.stopAtOptimum = values.stopAtOptimum === 'on'
      break
    }
    case 'dates': {
      const startDate = trimmed(values.startDate)
      const endDate = trimmed(values.endDate)
      data.startDate = startDate || null
      data.endDate = endDate || null
      if (startDate && endDate)
        for (const p of checkCampaignWindow({ startDate, endDate, now })) errors[p.path] = p.message
      else if (startDate || endDate) {
        if (!startDate) errors.startDate = 'Indiquez aussi la date de début.'
        if (!endDate) errors.endDate = 'Indiquez aussi la date de fin.'
      }
      break
    }
    case 'photos':
    case 'relecture':
      break
  }
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key]
  return { data, errors }
}

/** Whether a step's parsed data holds anything typed or chosen (nested groups included). */
export function hasContent(data: Record<string, unknown>): boolean {
  return Object.values(data).some((value) =>
    Array.isArray(value)
      ? value.length > 0
      : value !== null && typeof value === 'object'
        ? hasContent(value as Record<string, unknown>)
        : value !== null && value !== undefined && value !== '' && value !== false,
  )
}

export const EMPTY_FIRST_STEP =
  'Rien n’a été enregistré : choisissez au moins l’établissement ou la structure bénéficiaire, ou indiquez la direction de l’école.'
