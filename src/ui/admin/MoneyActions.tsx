'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'

type Action = { label: string; confirm: string; body?: Record<string, string> }

/** Buttons that POST an admin action on the record, then reload it; the server checks everything again. */
function ActionButtons({ path, actions }: { path: string; actions: Action[] }) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [posting, setPosting] = useState(false)
  // Disabled until the reloaded record shows the action's effect: no second click on a stale state.
  const [refreshing, startRefresh] = useTransition()
  const pending = posting || refreshing
  if (actions.length === 0) return null

  async function run(action: Action) {
    if (!window.confirm(action.confirm)) return
    setPosting(true)
    setError(null)
    const response = await fetch(path, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(action.body ?? {}),
    })
    setPosting(false)
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null
      setError(body?.errors?.[0]?.message ?? 'L’action a échoué.')
      return
    }
    startRefresh(() => router.refresh())
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem', display: 'grid', gap: '0.5rem' }}>
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          className="btn btn--style-primary btn--size-small"
          disabled={pending}
          onClick={() => void run(action)}
        >
          {action.label}
        </button>
      ))}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
    </div>
  )
}

/** On a gift: accept it (above 10,000 €), record its bank transfer, or record its refund by transfer. */
export function DonationActions() {
  const { id } = useDocumentInfo()
  const fields = useFormFields(([f]) => ({
    status: f.status?.value,
    provider: f.provider?.value,
    awaiting: f.awaitingApproval?.value === true,
    refundRequested: Boolean(f.refundRequestedAt?.value),
  }))
  if (!id) return null
  const actions: Action[] = []
  if (fields.status === 'pending' && fields.awaiting) {
    actions.push({
      label: 'Accepter ce don',
      confirm: 'Accepter ce don ? Le donateur recevra de quoi le régler.',
      body: { action: 'approve' },
    })
  } else if (fields.provider === 'transfer' && (fields.status === 'pending' || fields.status === 'expired')) {
    actions.push({
      label: 'Virement reçu',
      confirm: 'Confirmez-vous avoir reçu ce virement, du bon montant et avec cette référence ?',
      body: { action: 'transfer_received' },
    })
  }
  if (fields.provider === 'transfer' && fields.status === 'paid' && fields.refundRequested) {
    actions.push({
      label: 'Remboursement par virement effectué',
      confirm: 'Confirmez-vous avoir remboursé ce don par virement ?',
      body: { action: 'refunded_by_transfer' },
    })
  }
  return <ActionButtons path={`/api/donations/${id}/action`} actions={actions} />
}

/** On a payout to a structure without a Stripe account: record it paid by bank transfer. */
export function PayoutActions() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([f]) => f.status?.value)
  if (!id || status !== 'manual') return null
  return (
    <ActionButtons
      path={`/api/payouts/${id}/paid`}
      actions={[
        { label: 'Marquer comme versé par virement', confirm: 'Confirmez-vous avoir viré ce montant à la structure ?' },
      ]}
    />
  )
}
