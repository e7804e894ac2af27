'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * Above the receipts list: the exports and the yearly declaration (article 222 bis of the CGI) of
 * a calendar year, each a plain download link built from the year typed (no form: the admin's
 * views may sit inside its own form).
 */
export function ReceiptsTools() {
  const [year, setYear] = useState(String(new Date().getFullYear() - 1))
  const href = (path: 'declaration' | 'export', format: 'csv' | 'xlsx') =>
    `/api/fiscal-receipts/${path}?${new URLSearchParams({ year: year.trim(), format })}`
  const links: [string, 'declaration' | 'export', 'csv' | 'xlsx'][] = [
    ['Déclaration annuelle (CSV)', 'declaration', 'csv'],
    ['Déclaration annuelle (XLSX)', 'declaration', 'xlsx'],
    ['Reçus de l’année (CSV)', 'export', 'csv'],
    ['Reçus de l’année (XLSX)', 'export', 'xlsx'],
  ]
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'end', margin: '0 0 1rem' }}>
      <p style={{ margin: 0 }}>
        <label htmlFor="receipts-year">Année d’émission</label>
        <br />
        <input
          id="receipts-year"
          value={year}
          onChange={(event) => setYear(event.target.value)}
          inputMode="numeric"
          pattern="\d{4}"
          size={6}
        />
      </p>
      {links.map(([label, path, format], index) => (
        <a
          key={label}
          href={href(path, format)}
          download
          className={`btn ${index === 0 ? 'btn--style-primary' : 'btn--style-secondary'} btn--size-small`}
        >
          {label}
        </a>
      ))}
    </div>
  )
}

type ApiErrorBody = { errors?: { message: string; data?: { errors?: { message: string }[] } }[] } | null

/**
 * On a receipt: cancel-and-replace a live one (e.g. a corrected address), or decide on one flagged
 * for its counterpart (issue it, or issue none), each with a reason.
 */
export function ReceiptActions() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([f]) => f.status?.value)
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  if (!id) return null

  async function post(action: string, body: unknown) {
    setError(null)
    const response = await fetch(`/api/fiscal-receipts/${id}/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!response.ok) {
      const error = (await response.json().catch(() => null)) as ApiErrorBody
      setError(error?.errors?.[0]?.data?.errors?.[0]?.message ?? error?.errors?.[0]?.message ?? 'L’opération a échoué.')
      return null
    }
    return ((await response.json()) as { doc: { id: number } }).doc
  }

  // Plain fields read by the buttons: this panel sits inside the admin's edit form, where a form element
  // of its own would be a form in a form (its buttons would do nothing).
  const value = (name: string) =>
    (document.getElementById(name) as HTMLInputElement | HTMLTextAreaElement | null)?.value.trim() || undefined

  async function reissue() {
    const doc = await post('reissue', {
      reason: value('reissue-reason'),
      donor: { address: value('reissue-address'), postcode: value('reissue-postcode'), city: value('reissue-city') },
    })
    if (doc) router.push(`/admin/collections/fiscal-receipts/${doc.id}`)
  }

  async function resolve(decision: 'issue' | 'decline') {
    if (await post('resolve', { decision, reason: value('resolve-reason') })) router.refresh()
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem', display: 'grid', gap: '0.5rem' }}>
      {status === 'live' && !open ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setOpen(true)}>
          Annuler et remplacer…
        </button>
      ) : null}
      {open ? (
        <div role="group" aria-label="Annuler et remplacer ce reçu" style={{ display: 'grid', gap: '0.5rem' }}>
          <label htmlFor="reissue-reason">Motif (obligatoire)</label>
          <textarea id="reissue-reason" required rows={3} />
          <label htmlFor="reissue-address">Adresse corrigée (laisser vide pour garder)</label>
          <input id="reissue-address" />
          <label htmlFor="reissue-postcode">Code postal</label>
          <input id="reissue-postcode" />
          <label htmlFor="reissue-city">Commune</label>
          <input id="reissue-city" />
          <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => void reissue()}>
            Annuler ce reçu et émettre son remplaçant
          </button>
        </div>
      ) : null}
      {status === 'flagged' ? (
        <div role="group" aria-label="Décision sur le reçu signalé" style={{ display: 'grid', gap: '0.5rem' }}>
          <p style={{ margin: 0 }}>
            La contrepartie de ce don dépasse ce que la loi tolère. Vérifiez-la, puis décidez.
          </p>
          <label htmlFor="resolve-reason">Ce que vous avez vérifié (obligatoire)</label>
          <textarea id="resolve-reason" required rows={3} />
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            onClick={() => void resolve('issue')}
          >
            Émettre le reçu (contrepartie conforme)
          </button>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            onClick={() => void resolve('decline')}
          >
            Ne pas émettre de reçu
          </button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
