import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { parisDate } from '@/domain/projects/campaign-window'
import { PROVISIONAL_TRANSFER } from '@/emails/donors'
import { env } from '@/env'
import { currentUser } from '@/services/auth/session'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { checkDonationToken } from '@/services/payments/signed-link'
import { formatDate, formatEuros } from '@/ui/format'
import { TestModeBanner } from '@/ui/TestModeBanner'

export const metadata: Metadata = { title: 'Merci pour votre don', robots: { index: false } }
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ site: string; slug: string }>
  searchParams: Promise<{ don?: string; jeton?: string }>
}

/** Where the payment returns: the gift's state, shown only to the holder of its signed link. */
export default async function ThanksPage({ params, searchParams }: Props) {
  const { slug } = await params
  const query = await searchParams
  const id = Number(query.don)
  if (!Number.isInteger(id) || !checkDonationToken(id, query.jeton)) notFound()
  const donation = await (
    await getPayloadOrUnavailable()
  ).findByID({ collection: 'donations', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!donation) notFound()
  const back = (
    <p>
      <a href={`/projets/${slug}`}>Retour au projet</a>
    </p>
  )
  const banner = env.usesTestPayments ? <TestModeBanner /> : null
  if (donation.status === 'paid') {
    return (
      <>
        {banner}
        <h1>Merci pour votre don !</h1>
        <p>
          Votre don de {formatEuros(donation.amountCents)} est confirmé (référence {donation.reference}). Un e-mail de
          confirmation vous est envoyé.
        </p>
        {(await currentUser()) ? (
          <p>
            Retrouvez ce don dans <a href="/mon-espace#mes-dons">Mon espace</a>.
          </p>
        ) : (
          <p>
            Pour retrouver vos dons et suivre ce projet, <a href="/inscription/donateur">créez un compte donateur</a>{' '}
            avec la même adresse e-mail, ou <a href="/connexion?suite=/mon-espace">connectez-vous</a>.
          </p>
        )}
        {back}
      </>
    )
  }
  if (donation.status === 'pending' && donation.provider === 'transfer' && env.bankTransfer) {
    const account = env.bankTransfer
    return (
      <>
        {account.fictitious ? <TestModeBanner /> : null}
        <h1>Merci ! Il reste à faire le virement</h1>
        <p>
          Faites un virement de <strong>{formatEuros(donation.amountCents)}</strong>
          {donation.expiresAt ? <> avant le {formatDate(parisDate(new Date(donation.expiresAt)))}</> : null} sur ce
          compte. Ces coordonnées vous sont aussi envoyées par e-mail.
        </p>
        <dl className="transfer-details">
          <dt>Titulaire</dt>
          <dd>{account.holder}</dd>
          <dt>IBAN</dt>
          <dd>{account.iban}</dd>
          <dt>BIC</dt>
          <dd>{account.bic}</dd>
          <dt>Libellé à indiquer (obligatoire)</dt>
          <dd>
            <strong>{donation.reference}</strong>
          </dd>
        </dl>
        <p>
          Le libellé permet de rattacher votre virement à votre don. Vous recevrez un e-mail dès sa réception ; sans
          virement à cette date, la promesse de don expire.
        </p>
        {donation.provisional ? <p>{PROVISIONAL_TRANSFER}</p> : null}
        {back}
      </>
    )
  }
  if (donation.status === 'pending') {
    return (
      <>
        {banner}
        <h1>Paiement en cours de confirmation</h1>
        <p>
          Votre banque confirme le paiement ; cela peut prendre quelques minutes (quelques jours pour un prélèvement
          SEPA). Vous recevrez un e-mail.
        </p>
        {back}
      </>
    )
  }
  return (
    <>
      {banner}
      <h1>Le paiement n’a pas abouti</h1>
      <p>
        Aucun montant n’a été prélevé. <a href={`/projets/${slug}/don`}>Réessayer</a>
      </p>
    </>
  )
}
