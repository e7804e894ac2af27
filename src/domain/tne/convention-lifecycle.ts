/** The lifecycle of a convention (domain.md): draft → sent → signed → active → closed, or terminated. */
export const CONVENTION_STATUSES = ['draft', 'sent', 'signed', 'active', 'closed', 'terminated'] as const
export type ConventionStatus = (typeof CONVENTION_STATUSES)[number]

export const CONVENTION_STATUS_LABELS: Record<ConventionStatus, string> = {
  draft: 'Brouillon',
  sent: 'Envoyée au partenaire',
  signed: 'Signée',
  active: 'En cours d’exécution',
  closed: 'Clôturée',
  terminated: 'Résiliée',
}

/** Every move that exists; no other does (in particular, none goes backwards). */
const MOVES: Record<ConventionStatus, readonly ConventionStatus[]> = {
  draft: ['sent', 'terminated'],
  sent: ['signed', 'terminated'],
  signed: ['active', 'terminated'],
  active: ['closed', 'terminated'],
  closed: [],
  terminated: [],
}

/** What the convention holds when it is asked to move. */
export type ConventionFacts = {
  hasSignedFile: boolean
  signatureDate: string | null | undefined
  amountCents: number | null | undefined
  periodStart?: string | null
  periodEnd?: string | null
}

export type ConventionDecision =
  | { ok: true }
  | { ok: false; code: 'no_such_transition'; message: string }
  | { ok: false; code: 'incomplete'; errors: { path: string; message: string }[] }

/**
 * The one gate of the conventions' lifecycle: may a convention in `from` move to `to`, given what it
 * holds? Signing needs the signed PDF and the signature date; being sent needs an amount.
 */
export function decideConventionTransition(
  from: ConventionStatus,
  to: ConventionStatus,
  facts: ConventionFacts,
): ConventionDecision {
  if (!MOVES[from].includes(to)) {
    return {
      ok: false,
      code: 'no_such_transition',
      message: `Une convention ne peut pas passer de « ${CONVENTION_STATUS_LABELS[from]} » à « ${CONVENTION_STATUS_LABELS[to]} ».`,
    }
  }
  const errors: { path: string; message: string }[] = []
  if (to === 'sent' || to === 'signed') {
    if (facts.amountCents == null || facts.amountCents <= 0)
      errors.push({ path: 'amountCents', message: 'Indiquez le montant accordé avant d’envoyer la convention.' })
    if (!facts.periodStart || !facts.periodEnd)
      errors.push({ path: 'periodStart', message: 'Indiquez la période de la convention (début et fin).' })
  }
  if (to === 'signed') {
    if (!facts.hasSignedFile)
      errors.push({ path: 'signedFile', message: 'Déposez la convention signée (PDF) avant de la marquer signée.' })
    if (!facts.signatureDate) errors.push({ path: 'signatureDate', message: 'Indiquez la date de signature.' })
  }
  return errors.length ? { ok: false, code: 'incomplete', errors } : { ok: true }
}

/** The statuses a convention may move to next (what the admin offers). */
export function nextConventionStatuses(from: ConventionStatus): ConventionStatus[] {
  return [...MOVES[from]]
}

/** Statuses in which a convention may receive fund calls. */
export const FUNDABLE_STATUSES: readonly ConventionStatus[] = ['signed', 'active']

/** What a signed convention fixes: these change only by a new convention (an amendment). */
export const FROZEN_ONCE_SIGNED = [
  'partner',
  'kind',
  'amountCents',
  'signatureDate',
  'signedFile',
  'periodStart',
  'periodEnd',
] as const

const SIGNED_OR_LATER: readonly ConventionStatus[] = ['signed', 'active', 'closed', 'terminated']

/** The fields an update would change although the convention is signed (compared by value; ids for relations). */
export function frozenFieldChanges(
  status: ConventionStatus,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  if (!SIGNED_OR_LATER.includes(status)) return []
  const norm = (v: unknown): unknown => {
    if (v && typeof v === 'object' && 'id' in v) return (v as { id: unknown }).id
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return new Date(v).toISOString()
    return v ?? null
  }
  return FROZEN_ONCE_SIGNED.filter((field) => field in after && norm(after[field]) !== norm(before[field]))
}
