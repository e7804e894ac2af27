import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { roomFor } from '@/domain/donations/holds'
import { TRANSFER_VALIDITY_DAYS } from '@/domain/donations/rules'
import { env } from '@/env'
import { currentUser } from '@/services/auth/session'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { sqlQuery } from '@/services/db/sql-transaction'
import { giveAction } from '@/actions/giving'
import { liveHolds } from '@/services/donations/holds'
import { crowdfundingSite } from '@/sites/crowdfunding-site'
import { ActionForm, Choices, Field } from '@/ui/forms/Field'
import { formatEuros } from '@/ui/format'
import { TestModeBanner } from '@/ui/TestModeBanner'

export const metadata: Metadata = { title: 'Faire un don', robots: { index: false } }

type Props = { params: Promise<{ site: string; slug: string }>; searchParams: Promise<{ annule?: string }> }

const LABELS: Record<string, string> = {
  amount: 'Montant', donorType: 'Vous donnez', firstName: 'Prénom', lastName: 'Nom', email: 'E-mail', address: 'Adresse', postcode: 'Code postal', city: 'Commune',
  companyName: 'Raison sociale', legalForm: 'Forme juridique', siren: 'SIREN', message: 'Message', failureChoice: 'Si la collecte échoue', paymentMethod: 'Moyen de paiement', _form: 'Projet',
}

/** The giving form of a collecting project (works without JavaScript). */
export default async function GivePage({ params, searchParams }: Props) {
  await crowdfundingSite(params)
  const { slug } = await params
  const payload = await getPayloadOrUnavailable()
  const { docs } = await payload.find({
    collection: 'projects',
    where: { slug: { equals: decodeURIComponent(slug) } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    select: { title: true, slug: true, status: true, stopAtOptimum: true, minimumGoalCents: true, optimumGoalCents: true, collectedCents: true, counterparts: true },
  })
  const project = docs[0]
  if (!project) notFound()
  const { annule } = await searchParams
  if (project.status !== 'collecting') {
    return (
      <>
        <h1>Faire un don au projet « {project.title} »</h1>
        <p>La collecte de ce projet n’est pas ouverte : il ne reçoit pas de dons.</p>
        <p><a href={`/projets/${project.slug}`}>Retour au projet</a></p>
      </>
    )
  }
  // A signed-in donor finds their name and address typed; once the minimum is reached, the campaign
  // cannot fail any more and the question of what to do then is not asked.
  const donor = await currentUser()
  const minimumReached = project.minimumGoalCents != null && (project.collectedCents ?? 0) >= project.minimumGoalCents
  const limited = project.stopAtOptimum && project.optimumGoalCents != null
  const room = limited
    ? roomFor(project.optimumGoalCents!, project.collectedCents ?? 0, await liveHolds((text, values) => sqlQuery(payload, text, values), project.id, new Date()), null)
    : null
  const openHint = !room
    ? ''
    : room.heldCents
      ? ` Il manque ${formatEuros(room.roomCents)} pour atteindre l’objectif, dont ${formatEuros(room.heldCents)} réservés par des dons en cours de paiement : vous pouvez donner jusqu’à ${formatEuros(room.openCents)}.`
      : ` Il reste ${formatEuros(room.openCents)} à collecter.`
  return (
    <>
      {env.usesTestPayments ? <TestModeBanner /> : null}
      <h1>Faire un don au projet « {project.title} »</h1>
      {annule ? <p className="notice" role="status">Le paiement a été annulé : aucun montant n’a été prélevé. Vous pouvez recommencer.</p> : null}
      <p>Les champs marqués d’un astérisque (*) sont obligatoires. Votre adresse figure sur le reçu fiscal, si vous en demandez un.</p>
      <ActionForm action={giveAction} labels={LABELS}>
        <input type="hidden" name="projet" value={project.id} />
        <Field name="amount" label="Montant du don (€)" required inputMode="decimal" hint={`10 € minimum.${openHint}`} />
        <Choices name="donorType" type="radio" legend="Vous donnez en tant que" checked={['individual']} options={[{ value: 'individual', label: 'Particulier' }, { value: 'company', label: 'Entreprise' }]} />
        <Field name="firstName" label="Prénom" required autoComplete="given-name" defaultValue={donor?.firstName} />
        <Field name="lastName" label="Nom" required autoComplete="family-name" defaultValue={donor?.lastName} />
        <Field name="email" label="E-mail" required type="email" autoComplete="email" inputMode="email" defaultValue={donor?.email} />
        <Field name="address" label="Adresse" required autoComplete="street-address" />
        <Field name="postcode" label="Code postal" required autoComplete="postal-code" />
        <Field name="city" label="Commune" required autoComplete="address-level2" />
        <fieldset className="choices">
          <legend>Entreprise (si vous donnez au nom d’une entreprise)</legend>
          <Field name="companyName" label="Raison sociale" autoComplete="organization" />
          <Field name="legalForm" label="Forme juridique" hint="SA, SAS, SARL…" />
          <Field name="siren" label="SIREN" inputMode="numeric" hint="9 chiffres." />
          {project.counterparts?.length ? (
            <Field name="counterpart" label="Contrepartie souhaitée" as="select" options={project.counterparts.map((c) => ({ value: c.label, label: c.label }))} />
          ) : null}
        </fieldset>
        <Choices name="display" type="radio" legend="Sur la page du projet, afficher" checked={['name']} options={[{ value: 'name', label: 'mon nom' }, { value: 'anonymous', label: '« Anonyme »' }]} />
        <Choices name="hideAmount" type="checkbox" legend="Montant" options={[{ value: 'on', label: 'Ne pas afficher le montant de mon don' }]} />
        <Field name="message" label="Message pour la classe (facultatif)" as="textarea" maxLength={500} />
        <Choices name="wantsReceipt" type="checkbox" legend="Reçu fiscal" options={[{ value: 'on', label: 'Je souhaite un reçu fiscal (66 % de réduction d’impôt pour un particulier, 60 % pour une entreprise)' }]} />
        <Choices name="wantsNews" type="checkbox" legend="Actualités" options={[{ value: 'on', label: 'Je souhaite recevoir par e-mail les actualités du projet' }]} />
        {minimumReached ? null : (
          <Choices
            name="failureChoice"
            type="radio"
            legend="Si la collecte n’atteint pas son objectif minimum"
            checked={['refund']}
            options={[
              { value: 'refund', label: 'rembourser mon don en totalité' },
              { value: 'solidarity', label: 'donner mon don au fonds solidaire, qui aide d’autres projets d’écoles' },
              { value: 'later', label: 'je choisirai plus tard (vous recevrez un e-mail)' },
            ]}
          />
        )}
        <Choices name="paymentMethod" type="radio" legend="Moyen de paiement" checked={['card']} options={[
            { value: 'card', label: 'Carte bancaire' },
            { value: 'sepa_debit', label: 'Prélèvement SEPA' },
            ...(env.bankTransfer ? [{ value: 'transfer', label: `Virement bancaire (à faire sous ${TRANSFER_VALIDITY_DAYS} jours, avec la référence du don)` }] : []),
          ]}
        />
        <div className="form-actions">
          <button type="submit">Continuer vers le paiement</button>
        </div>
      </ActionForm>
    </>
  )
}
