import { formatEurosToTheCent as formatCents } from '@/domain/text/format'

import { type ConventionStatus, FUNDABLE_STATUSES } from './convention-lifecycle'

/** Fund calls ("appels de fonds"): requested → approved → paid, or rejected. */
export const FUND_CALL_STATUSES = ['requested', 'approved', 'paid', 'rejected'] as const
export type FundCallStatus = (typeof FUND_CALL_STATUSES)[number]
export const FUND_CALL_STATUS_LABELS: Record<FundCallStatus, string> = {
  requested: 'Demandé',
  approved: 'Approuvé',
  paid: 'Payé',
  rejected: 'Refusé',
}

/** The convention as it stands, locked, when a call is requested or decided. */
export type ConventionBudget = { status: ConventionStatus; amountCents: number; committedCents: number }

export type FundCallRefusal = { ok: false; status: 400 | 403 | 409; path?: string; message: string }

/** What remains to call on a convention: its amount less the approved and paid calls. */
export function remainingCents(budget: Pick<ConventionBudget, 'amountCents' | 'committedCents'>): number {
  return Math.max(0, budget.amountCents - budget.committedCents)
}

/** May a call of `amountCents` be requested on this convention? */
export function decideFundCallRequest(budget: ConventionBudget, amountCents: number): { ok: true } | FundCallRefusal {
  if (!FUNDABLE_STATUSES.includes(budget.status)) {
    return {
      ok: false,
      status: 409,
      path: 'convention',
      message: 'Un appel de fonds ne porte que sur une convention signée ou en cours d’exécution.',
    }
  }
  if (!Number.isInteger(amountCents) || amountCents <= 0)
    return { ok: false, status: 400, path: 'amountCents', message: 'Indiquez un montant positif, en centimes.' }
  const left = remainingCents(budget)
  if (amountCents > left) {
    return {
      ok: false,
      status: 400,
      path: 'amountCents',
      message: `Le montant dépasse ce qui reste à appeler sur la convention : ${formatCents(left)}.`,
    }
  }
  return { ok: true }
}

export type FundCallActor = { id: number | string; isAdmin: boolean; coordinatesTerritory: boolean }

const MOVES: Record<FundCallStatus, readonly FundCallStatus[]> = {
  requested: ['approved', 'rejected'],
  approved: ['paid'],
  paid: [],
  rejected: [],
}

/**
 * The one gate of a fund call's life: approval and rejection by a second person (an admin or a
 * coordinator of the territory) who is not the requester; the payment recorded by either once
 * approved. `budget.committedCents` counts the convention's other approved and paid calls; an
 * approval that would take them past the convention's amount is refused.
 */
export function decideFundCallTransition(
  call: { status: FundCallStatus; amountCents: number; requestedBy: number | string | null },
  to: FundCallStatus,
  actor: FundCallActor,
  budget: ConventionBudget,
): { ok: true } | FundCallRefusal {
  if (!MOVES[call.status].includes(to)) {
    return {
      ok: false,
      status: 409,
      message: `Un appel de fonds ne peut pas passer de « ${FUND_CALL_STATUS_LABELS[call.status]} » à « ${FUND_CALL_STATUS_LABELS[to]} ».`,
    }
  }
  if (!actor.isAdmin && !actor.coordinatesTerritory)
    return { ok: false, status: 403, message: 'Vous n’êtes pas autorisé à effectuer cette action.' }
  if (
    (to === 'approved' || to === 'rejected') &&
    call.requestedBy !== null &&
    String(call.requestedBy) === String(actor.id)
  ) {
    return {
      ok: false,
      status: 403,
      message: 'Un appel de fonds est approuvé ou refusé par une autre personne que celle qui l’a demandé.',
    }
  }
  if (to === 'approved') {
    if (!FUNDABLE_STATUSES.includes(budget.status)) {
      return {
        ok: false,
        status: 409,
        message: 'La convention n’est plus signée ni en cours d’exécution : l’appel ne peut pas être approuvé.',
      }
    }
    const left = remainingCents(budget)
    if (call.amountCents > left) {
      return {
        ok: false,
        status: 409,
        path: 'amountCents',
        message: `Approuver cet appel dépasserait le montant de la convention : il reste ${formatCents(left)} à appeler.`,
      }
    }
  }
  return { ok: true }
}

export function nextFundCallStatuses(from: FundCallStatus): FundCallStatus[] {
  return [...MOVES[from]]
}
