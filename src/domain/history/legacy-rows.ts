/**
 * The rows of the former platform's export (issue 9), checked one by one. Pure: the reference data
 * (départements, académies, themes) comes in as lookups, so every refusal is decided here and
 * reported with its file, line and reason by src/services/history/import-legacy.ts.
 */
import { UAI_PATTERN } from '@/domain/establishments/establishment'
import type { CampaignOutcome } from '@/domain/statistics/campaigns'

import { type LabelTable, type LegacyKind, kindTable, labelKey, matchLabel, themeTable } from './legacy-labels'
import { type Parsed, fold, parseAmountCents, parseChoice, parseFrenchDate } from './legacy-values'

export const CAMPAIGN_COLUMNS = [
  'id',
  'titre',
  'uai',
  'etablissement',
  'niveau',
  'departement',
  'academie',
  'thematiques',
  'type',
  'objectif_minimum',
  'objectif_optimum',
  'date_publication',
  'date_fin',
  'statut',
  'montant_collecte',
  'courte_echelle',
] as const
export const GIFT_COLUMNS = [
  'id',
  'campagne_id',
  'date',
  'montant',
  'type_donateur',
  'email_donateur',
  'choix_echec',
  'statut',
  'recu_fiscal',
] as const

export type HeaderCheck = { ok: true; index: Record<string, number> } | { ok: false; reason: string }

/**
 * The header row: every expected column present (in any order), each once. A header that is one
 * single cell holding commas or tabs is a file with another separator.
 */
export function checkHeader(header: readonly string[], expected: readonly string[]): HeaderCheck {
  const names = header.map((h) => fold(h.replace(/^\uFEFF/, '')))
  if (names.length === 1) {
    const other = names[0].includes(',') ? 'virgule' : names[0].includes('\t') ? 'tabulation' : null
    if (other)
      return {
        ok: false,
        reason: `séparateur « ${other} » : les colonnes doivent être séparées par des points-virgules (;)`,
      }
  }
  const missing = expected.filter((column) => !names.includes(column))
  if (missing.length)
    return {
      ok: false,
      reason: `colonne${missing.length > 1 ? 's' : ''} manquante${missing.length > 1 ? 's' : ''} : ${missing.join(', ')} (en-tête attendu : ${expected.join(';')})`,
    }
  const twice = expected.filter((column) => names.indexOf(column) !== names.lastIndexOf(column))
  if (twice.length) return { ok: false, reason: `colonne en double : ${twice.join(', ')}` }
  return { ok: true, index: Object.fromEntries(expected.map((column) => [column, names.indexOf(column)])) }
}

export type LegacyLevel = 'ecole' | 'college' | 'lycee'

export type LegacyCampaign = {
  legacyId: string
  title: string
  uai: string
  establishmentName: string
  level: LegacyLevel
  departmentId: number
  themeIds: number[]
  kind: LegacyKind | null
  minimumGoalCents: number
  optimumGoalCents: number
  startDate: string
  endDate: string
  outcome: CampaignOutcome
  collectedCents: number
  courteEchelle: boolean
}

export type LegacyGift = {
  legacyId: string
  campaignLegacyId: string
  date: string
  amountCents: number
  donorType: 'individual' | 'company'
  email: string | null
  failureChoice: 'refund' | 'solidarity' | null
  status: 'paid' | 'refunded' | 'reallocated'
  wantsReceipt: boolean
}

/** Reference data, keyed by folded code or name; themes and kinds by their labels (legacy-labels.ts). */
export type LegacyReference = {
  departments: ReadonlyMap<string, { id: number; code: string; name: string; academyCode: string }>
  academies: ReadonlyMap<string, { code: string; name: string }>
  themes: LabelTable<number>
  kinds: LabelTable<LegacyKind>
}

/** A theme or kind of a campaign row that names none of ours: the row is refused, the label summarised. */
export type UnknownLabel = { column: 'thematiques' | 'type'; label: string }
export type CampaignCheck =
  { ok: true; value: LegacyCampaign } | { ok: false; reason: string; unknownLabels: UnknownLabel[] }

const LEVELS: Record<string, LegacyLevel> = { école: 'ecole', collège: 'college', lycée: 'lycee' }
const OUTCOMES: Record<string, CampaignOutcome> = { réussie: 'succeeded', échouée: 'failed' }
const FLAGS: Record<string, boolean> = { '0': false, '1': true }
const DONOR_TYPES: Record<string, LegacyGift['donorType']> = { particulier: 'individual', entreprise: 'company' }
const CHOICES: Record<string, NonNullable<LegacyGift['failureChoice']>> = {
  remboursement: 'refund',
  fonds_solidaire: 'solidarity',
}
const GIFT_STATUSES: Record<string, LegacyGift['status']> = {
  payé: 'paid',
  remboursé: 'refunded',
  réaffecté: 'reallocated',
}
const YES_NO: Record<string, boolean> = { oui: true, non: false }
const choice = parseChoice

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
export const TITLE_MAX = 120

type Cells = (column: string) => string

/** Collects every problem of a row, so one report names them all. */
class Row {
  readonly reasons: string[] = []
  take<T>(parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.value
    this.reasons.push(parsed.reason)
    return undefined
  }
  check(condition: boolean, reason: string) {
    if (!condition) this.reasons.push(reason)
  }
}

const required = (text: string, what: string): Parsed<string> =>
  text.trim() ? { ok: true, value: text.trim() } : { ok: false, reason: `${what} manquant` }

export function parseCampaignRow(cell: Cells, ref: LegacyReference): CampaignCheck {
  const row = new Row()
  const unknownLabels: UnknownLabel[] = []
  const legacyId = row.take(required(cell('id'), 'identifiant'))
  const title = row.take(required(cell('titre'), 'titre'))
  if (title) row.check(title.length <= TITLE_MAX, `titre trop long (${title.length} caractères, ${TITLE_MAX} au plus)`)
  const uai = cell('uai').trim().toUpperCase()
  row.check(
    UAI_PATTERN.test(uai),
    uai ? `UAI invalide « ${uai} » : 7 chiffres suivis d’une lettre attendus` : 'UAI manquant',
  )
  const establishmentName = row.take(required(cell('etablissement'), 'nom de l’établissement'))
  const level = row.take(choice(cell('niveau'), 'niveau', LEVELS))
  const department = ref.departments.get(fold(cell('departement')))
  row.check(
    Boolean(department),
    cell('departement').trim()
      ? `département inconnu « ${cell('departement').trim()} » : un code (95, 2A, 971) ou un nom du référentiel est attendu`
      : 'département manquant',
  )
  const academyText = cell('academie').trim()
  const academy = ref.academies.get(fold(academyText))
  if (!academyText) row.reasons.push('académie manquante')
  else if (!academy) row.reasons.push(`académie inconnue « ${academyText} »`)
  else if (department && department.academyCode !== academy.code)
    row.reasons.push(
      `académie « ${academyText} » incohérente : le département ${department.code} (${department.name}) relève d’une autre académie`,
    )
  const themeIds: number[] = []
  for (const name of cell('thematiques')
    .split('|')
    .map((t) => t.trim())
    .filter(Boolean)) {
    const id = matchLabel(ref.themes, name)
    if (id === undefined) {
      row.reasons.push(
        `thématique inconnue « ${name} » : ajoutez-la au référentiel des thématiques, ou comme ancien nom d’une thématique, ou corrigez-la`,
      )
      if (!unknownLabels.some((u) => labelKey(u.label) === labelKey(name)))
        unknownLabels.push({ column: 'thematiques', label: name })
    } else if (!themeIds.includes(id)) themeIds.push(id)
  }
  const kindText = cell('type').trim()
  const kind = kindText ? matchLabel(ref.kinds, kindText) : null
  if (kind === undefined) {
    const expected = [...ref.kinds.names.values()].map((name) => `« ${name} »`).join(', ')
    row.reasons.push(
      `type de projet inconnu « ${kindText} » : ${expected} attendu, ou un ancien nom déclaré dans « Correspondances de l’import »`,
    )
    unknownLabels.push({ column: 'type', label: kindText })
  }
  const minimumGoalCents = row.take(prefixed('objectif minimum', parseAmountCents(cell('objectif_minimum'))))
  const optimumGoalCents = row.take(prefixed('objectif optimum', parseAmountCents(cell('objectif_optimum'))))
  if (minimumGoalCents !== undefined && optimumGoalCents !== undefined) {
    row.check(minimumGoalCents > 0, 'objectif minimum nul')
    row.check(minimumGoalCents <= optimumGoalCents, 'objectif minimum supérieur à l’objectif optimum')
  }
  const startDate = row.take(prefixed('date de publication', parseFrenchDate(cell('date_publication'))))
  const endDate = row.take(prefixed('date de fin', parseFrenchDate(cell('date_fin'))))
  if (startDate && endDate) row.check(startDate <= endDate, 'date de fin antérieure à la date de publication')
  const outcome = row.take(choice(cell('statut'), 'statut', OUTCOMES))
  const collectedCents = row.take(prefixed('montant collecté', parseAmountCents(cell('montant_collecte'))))
  const courteEchelle = row.take(choice(cell('courte_echelle'), 'courte_echelle', FLAGS))
  if (row.reasons.length) return { ok: false, reason: row.reasons.join(' ; '), unknownLabels }
  return {
    ok: true,
    value: {
      legacyId: legacyId!,
      title: title!,
      uai,
      establishmentName: establishmentName!,
      level: level!,
      departmentId: department!.id,
      themeIds,
      kind: kind ?? null,
      minimumGoalCents: minimumGoalCents!,
      optimumGoalCents: optimumGoalCents!,
      startDate: startDate!,
      endDate: endDate!,
      outcome: outcome!,
      collectedCents: collectedCents!,
      courteEchelle: courteEchelle!,
    },
  }
}

/** `campaign` is the outcome of the gift's campaign, or null when no imported campaign has that id. */
export function parseGiftRow(cell: Cells, campaign: CampaignOutcome | null): Parsed<LegacyGift> {
  const row = new Row()
  const legacyId = row.take(required(cell('id'), 'identifiant'))
  const campaignLegacyId = row.take(required(cell('campagne_id'), 'identifiant de campagne'))
  if (campaignLegacyId)
    row.check(
      campaign !== null,
      `campagne inconnue « ${campaignLegacyId} » : absente de campagnes.csv et des imports précédents`,
    )
  const date = row.take(prefixed('date', parseFrenchDate(cell('date'))))
  const amountCents = row.take(prefixed('montant', parseAmountCents(cell('montant'))))
  if (amountCents !== undefined) row.check(amountCents > 0, 'montant nul')
  const donorType = row.take(choice(cell('type_donateur'), 'type de donateur', DONOR_TYPES))
  const email = cell('email_donateur').trim()
  if (email) row.check(EMAIL.test(email), `adresse e-mail invalide « ${email} »`)
  const failureChoice = cell('choix_echec').trim()
    ? row.take(choice(cell('choix_echec'), 'choix en cas d’échec', CHOICES))
    : null
  const status = row.take(choice(cell('statut'), 'statut', GIFT_STATUSES))
  const wantsReceipt = row.take(choice(cell('recu_fiscal'), 'reçu fiscal', YES_NO))
  if (status && campaign) {
    if (campaign === 'failed')
      row.check(status !== 'paid', 'don « payé » d’une collecte échouée : « remboursé » ou « réaffecté » attendu')
    else row.check(status !== 'reallocated', 'don « réaffecté » au fonds solidaire alors que sa collecte a réussi')
  }
  if (status === 'reallocated' && failureChoice === 'refund')
    row.reasons.push('don « réaffecté » alors que le donateur avait choisi le remboursement')
  if (row.reasons.length) return { ok: false, reason: row.reasons.join(' ; ') }
  return {
    ok: true,
    value: {
      legacyId: legacyId!,
      campaignLegacyId: campaignLegacyId!,
      date: date!,
      amountCents: amountCents!,
      donorType: donorType!,
      email: email || null,
      failureChoice: failureChoice ?? null,
      status: status!,
      wantsReceipt: wantsReceipt!,
    },
  }
}

function prefixed<T>(what: string, parsed: Parsed<T>): Parsed<T> {
  return parsed.ok ? parsed : { ok: false, reason: `${what} : ${parsed.reason}` }
}

/** Lookups of the reference data by folded code and name, and of themes and kinds by their labels. */
export function legacyReference(input: {
  departments: { id: number; code: string; name: string; academyCode: string }[]
  academies: { code: string; name: string }[]
  themes: { id: number; name: string; slug: string; alternativeLabels?: string[] }[]
  kindLabels?: { kind: LegacyKind; label: string }[]
}): LegacyReference {
  const departments = new Map<string, LegacyReference['departments'] extends ReadonlyMap<string, infer V> ? V : never>()
  for (const d of input.departments) {
    departments.set(fold(d.code), d)
    departments.set(fold(d.name), d)
    if (/^\d$/.test(d.code.slice(1)) && d.code.startsWith('0')) departments.set(d.code.slice(1), d) // "2" for Aisne
  }
  const academies = new Map<string, { code: string; name: string }>()
  for (const a of input.academies) {
    academies.set(fold(a.code), a)
    academies.set(fold(a.name), a)
  }
  return { departments, academies, themes: themeTable(input.themes), kinds: kindTable(input.kindLabels) }
}
