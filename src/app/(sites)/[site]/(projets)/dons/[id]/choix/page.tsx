import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { parisDate } from '@/domain/projects/campaign-window'
import { DONATION_STATUS_LABELS, type DonationStatus } from '@/domain/donations/status'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { sqlQuery } from '@/services/db/sql-transaction'
import { chooseByLinkAction } from '@/actions/giving'
import { checkDonationToken } from '@/services/payments/signed-link'
import { formatDate, formatEuros } from '@/ui/format'

export const metadata: Metadata = { title: 'Que faire de votre don ?', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ site: string; id: string }>; searchParams: Promise<{ jeton?: string; fait?: string }> }

const DONE: Record<string, string> = {
  reallocated: 'Merci ! Votre don est versé au fonds solidaire.',
  refund_requested: 'C’est noté : votre don vous est remboursé. Vous recevrez un e-mail quand le remboursement sera fait.',
  closed: 'Ce choix n’est plus possible : il a déjà été fait, ou le délai est passé.',
}

/** The e-mailed link of a failed campaign's donor: refund, or give the gift to the solidarity fund. */
export default async function FailedGiftChoicePage({ params, searchParams }: Props) {
  const payload = await getPayloadOrUnavailable()
  const id = Number((await params).id)
  const { jeton, fait } = await searchParams
  if (!Number.isInteger(id) || !checkDonationToken(id, jeton, 'choice')) notFound()
  const gift = (
    await sqlQuery(
      payload,
      `SELECT d.reference, d.amount_cents::bigint AS amount, d.status, d.choice_deadline, d.refund_requested_at, p.title, p.slug
       FROM donations d JOIN projects p ON p.id = d.project_id WHERE d.id = $1`,
      [id],
    )
  ).rows[0]
  if (!gift) notFound()
  const open = gift.status === 'paid' && !gift.refund_requested_at && gift.choice_deadline && new Date(gift.choice_deadline) > new Date()
  return (
    <>
      <h1>Que faire de votre don ?</h1>
      {fait && DONE[fait] ? (
        <p className="notice" role="status">
          {DONE[fait]}
        </p>
      ) : null}
      <p>
        Votre don de {formatEuros(Number(gift.amount))} (référence {gift.reference}) au projet <a href={`/projets/${gift.slug}`}>{gift.title}</a>
        {' : '}
        {gift.refund_requested_at && gift.status === 'paid' ? 'remboursement en cours' : DONATION_STATUS_LABELS[gift.status as DonationStatus].toLowerCase()}.
      </p>
      {open ? (
        <>
          <p>
            La collecte n’a pas atteint son objectif minimum. Choisissez avant le {formatDate(parisDate(new Date(gift.choice_deadline)))} ; sans réponse, votre don vous sera
            remboursé.
          </p>
          <form action={chooseByLinkAction} className="form-actions">
            <input type="hidden" name="don" value={id} />
            <input type="hidden" name="jeton" value={jeton} />
            <button type="submit" name="choix" value="solidarity">
              Donner au fonds solidaire
            </button>
            <button type="submit" name="choix" value="refund" className="button-secondary">
              Être remboursé
            </button>
          </form>
          <p>Le fonds solidaire aide des projets d’écoles plus défavorisées (label Courte Échelle). Un remboursement se fait en totalité, sans frais.</p>
        </>
      ) : null}
    </>
  )
}
