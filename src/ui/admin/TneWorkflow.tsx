'use client'

import { useAuth, useFormFields } from '@payloadcms/ui'

import {
  CONVENTION_STATUS_LABELS,
  type ConventionStatus,
  nextConventionStatuses,
} from '@/domain/tne/convention-lifecycle'
import { FUND_CALL_STATUS_LABELS, type FundCallStatus, nextFundCallStatuses } from '@/domain/tne/fund-calls'
import { useStatusTransition } from '@/ui/hooks/use-status-transition'

type Action = { to: string; label: string }

/** Buttons that post a transition of `collection`, with an optional comment; errors shown in French. */
function Workflow({
  collection,
  statusLabel,
  actions,
  note,
}: {
  collection: string
  statusLabel: string
  actions: Action[]
  note?: string
}) {
  const { id, comment, setComment, error, pending, apply } = useStatusTransition(collection, 'Le changement a échoué.')
  if (!id) return null

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p>
        <strong>Statut :</strong> {statusLabel}
      </p>
      {note ? <p>{note}</p> : null}
      {actions.length === 0 ? (
        <p>Aucune action possible à ce stade.</p>
      ) : (
        <>
          <label htmlFor={`${collection}-comment`}>Commentaire (facultatif)</label>
          <textarea
            id={`${collection}-comment`}
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            style={{ width: '100%' }}
          />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginTop: '0.5rem' }}>
            {actions.map((a) => (
              <button
                key={a.to}
                type="button"
                className="btn btn--style-secondary btn--size-small"
                disabled={pending}
                onClick={() => void apply(a.to)}
              >
                {a.label}
              </button>
            ))}
          </div>
        </>
      )}
      {error ? (
        <p id={`${collection}-workflow-error`} role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
    </div>
  )
}

const CONVENTION_ACTIONS: Record<ConventionStatus, string> = {
  draft: 'Brouillon',
  sent: 'Marquer envoyée au partenaire',
  signed: 'Marquer signée',
  active: 'Démarrer l’exécution',
  closed: 'Clôturer',
  terminated: 'Résilier',
}

/** The lifecycle panel of a convention: the moves forward from its status. */
export function ConventionWorkflow() {
  const status = useFormFields(([fields]) => fields.status?.value as ConventionStatus | undefined)
  if (!status) return null
  return (
    <Workflow
      collection="conventions"
      statusLabel={CONVENTION_STATUS_LABELS[status]}
      actions={nextConventionStatuses(status).map((to) => ({ to, label: CONVENTION_ACTIONS[to] }))}
      note={
        status === 'sent'
          ? 'Pour la marquer signée : déposez le PDF signé et la date de signature, enregistrez, puis cliquez.'
          : undefined
      }
    />
  )
}

const FUND_CALL_ACTIONS: Record<FundCallStatus, string> = {
  requested: 'Demandé',
  approved: 'Approuver',
  rejected: 'Refuser',
  paid: 'Marquer payé',
}

/** The decision panel of a fund call: approval or rejection by someone other than the requester, then payment. */
export function FundCallWorkflow() {
  const { user } = useAuth<{ id: number }>()
  const status = useFormFields(([fields]) => fields.status?.value as FundCallStatus | undefined)
  const requestedBy = useFormFields(([fields]) => fields.requestedBy?.value as number | { id: number } | undefined)
  if (!status || !user) return null
  const requester = typeof requestedBy === 'object' ? requestedBy?.id : requestedBy
  const own = requester === user.id
  const actions = nextFundCallStatuses(status).filter((to) => to === 'paid' || !own)
  return (
    <Workflow
      collection="fund-calls"
      statusLabel={FUND_CALL_STATUS_LABELS[status]}
      actions={actions.map((to) => ({ to, label: FUND_CALL_ACTIONS[to] }))}
      note={
        own && status === 'requested'
          ? 'Vous avez demandé cet appel : une autre personne l’approuve ou le refuse.'
          : undefined
      }
    />
  )
}
