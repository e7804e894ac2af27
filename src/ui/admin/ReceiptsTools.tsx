'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * Above the receipts list: the exports and the yearly declaration (article 222 bis of the CGI) of
 * a calendar year, each a plain link (a GET form, so it works without JavaScript too).
 */
export function ReceiptsTools() {
  const lastYear = new Date().getFullYear() - 1
  return (
    <form method="get" action="/api/fiscal-receipts/declaration" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'end', margin: '0 0 1rem' }}>
      <p style={{ margin: 0 }}>
        <label htmlFor="receipts-year">Année d’émission</label>
        <br />
        <input id="receipts-year" name="year" defaultValue={lastYear} inputMode="numeric" pattern="\d{4}" size={6} required />
      </p>
      <button type="submit" name="format" value="csv" className="btn btn--style-primary btn--size-small">
        Déclaration annuelle (CSV)
      </button>
      <button type="submit" name="format" value="xlsx" className="btn btn--style-secondary btn--size-small">
        Déclaration annuelle (XLSX)
      </button>
      <button type="submit" formAction="/api/fiscal-receipts/export" name="format" value="csv" className="btn btn--style-secondary btn--size-small">
        Reçus de l’année (CSV)
      </button>
      <button type="submit" formAction="/api/fiscal-receipts/export" name="format" value="xlsx" className="btn btn--style-secondary btn--size-small">
        Reçus de l’année (XLSX)
      </button>
    </form>
  )
}

/** On a receipt: its PDF, and cancel-and-replace (e.g. a corrected address) with a reason. */
export function ReceiptActions() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([f]) => f.status?.value)
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  if (!id) return null

  async function reissue(form: FormData) {
    setError(null)
    const text = (name: string) => String(form.get(name) ?? '').trim() || undefined
    const response = await fetch(`/api/fiscal-receipts/${id}/reissue`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason: text('reason'), donor: { address: text('address'), postcode: text('postcode'), city: text('city') } }),
    })
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { errors?: { message: string; data?: { errors?: { message: string }[] } }[] } | null
      setError(body?.errors?.[0]?.data?.errors?.[0]?.message ?? body?.errors?.[0]?.message ?? 'L’opération a échoué.')
      return
    }
    const { doc } = (await response.json()) as { doc: { id: number } }
    router.push(`/admin/collections/fiscal-receipts/${doc.id}`)
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem', display: 'grid', gap: '0.5rem' }}>
      {status === 'live' && !open ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setOpen(true)}>
          Annuler et remplacer…
        </button>
      ) : null}
      {open ? (
        <form action={reissue} style={{ display: 'grid', gap: '0.5rem' }}>
          <label htmlFor="reissue-reason">Motif (obligatoire)</label>
          <textarea id="reissue-reason" name="reason" required minLength={3} rows={3} />
          <label htmlFor="reissue-address">Adresse corrigée (laisser vide pour garder)</label>
          <input id="reissue-address" name="address" />
          <label htmlFor="reissue-postcode">Code postal</label>
          <input id="reissue-postcode" name="postcode" />
          <label htmlFor="reissue-city">Commune</label>
          <input id="reissue-city" name="city" />
          <button type="submit" className="btn btn--style-primary btn--size-small">
            Annuler ce reçu et émettre son remplaçant
          </button>
        </form>
      ) : null}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
