import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { parisDate } from '@/domain/projects/campaign-window'
import { DONATION_STATUS_LABELS } from '@/domain/donations/status'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { giftToChooseFor } from '@/services/donations/failure-choice'
import { chooseByLinkAction } from '@/actions/giving'
import { checkDonationToken } from '@/services/payments/signed-link'
import { formatDate, formatEuros } from '@/ui/format'

export const metadata: Metadata = { title: 'Que faire de votre don ?', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ site: string; id: string }>; searchParams: Promise<{ jeton?: string; fait?: string }> }

const DONE: Record<string, string> = {
  reallocated: 'Merci ! Votre don est versé au fonds solidaire.',
  refund_requested:
    'C’est noté : votre don vous est remboursé. Vous recevrez un e-mail quand le remboursement sera fait.',
  closed: 'Ce choix n’est plus possible : il a déjà été fait, ou le délai est passé.',
}

/** The e-mailed link of a failed campaign's donor: refund, or give the gift to the solidarity fund. */
export default async function FailedGiftChoicePage({ params, searchParams }: Props) {
  const payload = await getPayloadOrUnavailable()
  const id = Number((await params).id)
  const { jeton, fait } = await searchParams
  if (!Number.isInteger(id) || !checkDonationToken(id, jeton, 'choice')) notFound()
  const gift = await giftToChooseFor(payload, id)
  if (!gift) notFound()
  const deadline = gift.choiceDeadline ? new Date(gift.choiceDeadline) : null
  const open = gift.status === 'paid' && !gift.refundRequestedAt && deadline !== null && deadline > new Date()
  return (
    <>
      <h1>Que faire de votre don ?</h1>
      {fait && DONE[fait] ? (
        <p className="notice" role="status">
          {DONE[fait]}
        </p>
      ) : null}
      <p>
        Votre don de {formatEuros(gift.amountCents)} (référence {gift.reference}) au projet{' '}
        <a href={`/projets/${gift.slug}`}>{gift.title}</a>
        {' : '}
        {gift.refundRequestedAt && gift.status === 'paid'
          ? 'remboursement en cours'
          : DONATION_STATUS_LABELS[gift.status].toLowerCase()}
        .
      </p>
      {open && deadline ? (
        <>
          <p>
            La collecte n’a pas atteint son objectif minimum. Choisissez avant le {formatDate(parisDate(deadline))} ;
            sans réponse, votre don vous sera remboursé.
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
          <p>
            Le fonds solidaire aide des projets d’écoles plus défavorisées (label Courte Échelle). Un remboursement se
            fait en totalité, sans frais.
          </p>
        </>
      ) : null}
    </>
  )
}
