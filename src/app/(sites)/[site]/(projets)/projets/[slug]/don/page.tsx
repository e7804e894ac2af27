import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { roomFor } from '@/domain/donations/holds'
import { TRANSFER_VALIDITY_DAYS } from '@/domain/donations/rules'
import { SUGGESTED_AMOUNTS_CENTS, TAX_RULE_WORDING, costAfterReductionCents } from '@/domain/receipts/tax-reduction'
import { env } from '@/env'
import { currentUser } from '@/services/auth/session'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { giveAction } from '@/actions/giving'
import { projectHolds } from '@/services/donations/holds'
import { ActionForm, Choices, Field } from '@/ui/forms/Field'
import { GiftAmount, type SuggestedAmount } from '@/ui/forms/GiftAmount'
import { formatEuros } from '@/ui/format'
import '@/ui/crowdfunding.css'
import { TestModeBanner } from '@/ui/TestModeBanner'

export const metadata: Metadata = { title: 'Faire un don', robots: { index: false } }

type Props = { params: Promise<{ site: string; slug: string }>; searchParams: Promise<{ annule?: string }> }

const LABELS: Record<string, string> = {
  amount: 'Montant',
  suggestedAmount: 'Montant',
  donorType: 'Vous donnez',
  firstName: 'Prénom',
  lastName: 'Nom',
  email: 'E-mail',
  address: 'Adresse',
  postcode: 'Code postal',
  city: 'Commune',
  companyName: 'Raison sociale',
  legalForm: 'Forme juridique',
  siren: 'SIREN',
  message: 'Message',
  failureChoice: 'Si la collecte échoue',
  paymentMethod: 'Moyen de paiement',
  _form: 'Projet',
}

/** The suggested amounts, with what each costs after the tax reduction (`src/domain/receipts/tax-reduction.ts`). */
const SUGGESTIONS: SuggestedAmount[] = SUGGESTED_AMOUNTS_CENTS.map((cents) => ({
  cents,
  label: formatEuros(cents),
  individualCost: formatEuros(costAfterReductionCents(cents, 'individual')),
  companyCost: formatEuros(costAfterReductionCents(cents, 'company')),
}))

/**
 * The giving form of a collecting project (works without JavaScript). The company's fields show
 * only for a company, the postal address only when a tax receipt is wanted: CSS `:has()` on the
 * checked choices, so without JavaScript too (a browser without `:has()` shows every field).
 */
export default async function GivePage({ params, searchParams }: Props) {
  const { slug } = await params
  const payload = await getPayloadOrUnavailable()
  const { docs } = await payload.find({
    collection: 'projects',
    where: { slug: { equals: decodeURIComponent(slug) } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    select: {
      title: true,
      slug: true,
      status: true,
      stopAtOptimum: true,
      minimumGoalCents: true,
      optimumGoalCents: true,
      collectedCents: true,
      counterparts: true,
    },
  })
  const project = docs[0]
  if (!project) notFound()
  const { annule } = await searchParams
  if (project.status !== 'collecting') {
    return (
      <>
        <h1>Faire un don au projet « {project.title} »</h1>
        <p>La collecte de ce projet n’est pas ouverte : il ne reçoit pas de dons.</p>
        <p>
          <a href={`/projets/${project.slug}`}>Retour au projet</a>
        </p>
      </>
    )
  }
  // A signed-in donor finds their name and address typed; once the minimum is reached, the campaign
  // cannot fail any more and the question of what to do then is not asked.
  const donor = await currentUser()
  const minimumReached = project.minimumGoalCents != null && (project.collectedCents ?? 0) >= project.minimumGoalCents
  const limited = project.stopAtOptimum && project.optimumGoalCents != null
  const room = limited
    ? roomFor(
        project.optimumGoalCents!,
        project.collectedCents ?? 0,
        await projectHolds(payload, project.id, new Date()),
        null,
      )
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
      {annule ? (
        <p className="notice" role="status">
          Le paiement a été annulé : aucun montant n’a été prélevé. Vous pouvez recommencer.
        </p>
      ) : null}
      <p>Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      <ActionForm action={giveAction} labels={LABELS} className="form give-form">
        <input type="hidden" name="projet" value={project.id} />
        <GiftAmount suggestions={SUGGESTIONS} hint={`10 € minimum.${openHint}`} />
        <Choices
          name="donorType"
          type="radio"
          legend="Vous donnez en tant que"
          checked={['individual']}
          options={[
            { value: 'individual', label: 'Particulier' },
            { value: 'company', label: 'Entreprise' },
          ]}
        />
        <div className="tax-rule">
          <p className="for-individual">{TAX_RULE_WORDING.individual}</p>
          <p className="for-company">{TAX_RULE_WORDING.company}</p>
        </div>
        <fieldset className="choices company-fields">
          <legend>L’entreprise</legend>
          <p className="field__hint no-has-only">Seulement si vous donnez au nom d’une entreprise.</p>
          <Field name="companyName" label="Raison sociale" autoComplete="organization" />
          <Field name="legalForm" label="Forme juridique" hint="SA, SAS, SARL…" />
          <Field
            name="siren"
            label="SIREN"
            inputMode="numeric"
            hint="9 chiffres, sur l’extrait Kbis ou l’avis de situation Insee."
          />
          {project.counterparts?.length ? (
            <Field
              name="counterpart"
              label="Contrepartie souhaitée"
              as="select"
              options={project.counterparts.map((c) => ({ value: c.label, label: c.label }))}
            />
          ) : null}
        </fieldset>
        <Field name="firstName" label="Prénom" required autoComplete="given-name" defaultValue={donor?.firstName} />
        <Field name="lastName" label="Nom" required autoComplete="family-name" defaultValue={donor?.lastName} />
        <Field
          name="email"
          label="E-mail"
          required
          type="email"
          autoComplete="email"
          inputMode="email"
          defaultValue={donor?.email}
          hint="Pour la confirmation de votre don et, si la collecte échoue, pour vous demander ce que devient votre don."
        />
        <Choices
          name="wantsReceipt"
          type="checkbox"
          legend="Reçu fiscal"
          hint="Il vous est envoyé quand la collecte a réussi : c’est lui qui ouvre droit à la réduction d’impôt."
          options={[{ value: 'on', label: 'Je souhaite un reçu fiscal' }]}
        />
        <fieldset className="choices address-fields">
          <legend>Votre adresse postale, pour le reçu fiscal</legend>
          <p className="field__hint">
            La loi impose que le reçu fiscal indique l’adresse du donateur (ou le siège de l’entreprise) : nous ne la
            demandons que pour lui, et ne l’utilisons à rien d’autre.
          </p>
          <Field name="address" label="Adresse" autoComplete="street-address" />
          <Field name="postcode" label="Code postal" autoComplete="postal-code" />
          <Field name="city" label="Commune" autoComplete="address-level2" />
        </fieldset>
        <Choices
          name="display"
          type="radio"
          legend="Sur la page du projet, afficher"
          checked={['name']}
          options={[
            { value: 'name', label: 'mon nom' },
            { value: 'anonymous', label: '« Anonyme »' },
          ]}
        />
        <Choices
          name="hideAmount"
          type="checkbox"
          legend="Montant"
          options={[{ value: 'on', label: 'Ne pas afficher le montant de mon don' }]}
        />
        <Field name="message" label="Message pour la classe (facultatif)" as="textarea" maxLength={500} />
        <Choices
          name="wantsNews"
          type="checkbox"
          legend="Actualités"
          options={[{ value: 'on', label: 'Je souhaite recevoir par e-mail les actualités du projet' }]}
        />
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
        <Choices
          name="paymentMethod"
          type="radio"
          legend="Moyen de paiement"
          checked={['card']}
          options={[
            { value: 'card', label: 'Carte bancaire' },
            { value: 'sepa_debit', label: 'Prélèvement SEPA' },
            ...(env.bankTransfer
              ? [
                  {
                    value: 'transfer',
                    label: `Virement bancaire (à faire sous ${TRANSFER_VALIDITY_DAYS} jours, avec la référence du don)`,
                  },
                ]
              : []),
          ]}
        />
        <div className="form-actions">
          <button type="submit">Continuer vers le paiement</button>
        </div>
      </ActionForm>
    </>
  )
}
