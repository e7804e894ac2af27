import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { env } from '@/env'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { testPaymentAction } from '@/actions/giving'
import { checkDonationToken } from '@/services/payments/signed-link'
import { formatEuros } from '@/ui/format'
import { TestModeBanner } from '@/ui/TestModeBanner'

export const metadata: Metadata = { title: 'Paiement (mode test)', robots: { index: false } }

type Props = { params: Promise<{ site: string; id: string }>; searchParams: Promise<{ jeton?: string }> }

/** The local test payment provider: development only (no Stripe keys), clearly labelled. */
export default async function TestPaymentPage({ params, searchParams }: Props) {
  if (!env.usesTestPayments) notFound()
  const id = Number((await params).id)
  const { jeton } = await searchParams
  if (!Number.isInteger(id) || !checkDonationToken(id, jeton)) notFound()
  const donation = await (
    await getPayloadOrUnavailable()
  ).findByID({ collection: 'donations', id, depth: 1, overrideAccess: true, disableErrors: true })
  if (!donation) notFound()
  const title = typeof donation.project === 'object' ? donation.project.title : ''
  return (
    <>
      <TestModeBanner />
      <h1>Paiement de test</h1>
      <p>
        Don de {formatEuros(donation.amountCents)} au projet « {title} » (référence {donation.reference}).
      </p>
      <p>Choisissez le résultat du paiement simulé :</p>
      <form action={testPaymentAction} className="form-actions">
        <input type="hidden" name="don" value={id} />
        <input type="hidden" name="jeton" value={jeton} />
        <button type="submit" name="resultat" value="succes">
          Simuler un paiement réussi
        </button>
        <button type="submit" name="resultat" value="echec" className="button-secondary">
          Simuler un paiement refusé
        </button>
      </form>
    </>
  )
}
