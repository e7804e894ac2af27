'use server'

import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'

import { parseGiftForm } from '@/domain/donations/gift-form'
import { currentUser } from '@/services/auth/session'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { checkDonationToken } from '@/services/payments/signed-link'
import { thanksPath } from '@/services/payments/provider'
import { clientAddress, consumeOrThrow, rateLimitFormErrors } from '@/services/rate-limit'
import type { FormState } from './form-state'
import { formTextValues } from '@/ui/forms/form-values'

import { confirmPayment } from '@/services/donations/confirm-payment'
import { changeFailureChoice } from '@/services/donations/donor-gifts'
import { chooseFailedGiftFate } from '@/services/donations/failure-choice'
import { createDonation } from '@/services/donations/create-donation'

/**
 * The giving form: the gift is recorded as pending, then the donor goes to the payment page.
 * A valid form counts against the `gift` limits, per client address and per e-mail given (each
 * pending gift holds its place under the optimum): beyond them, a French error and nothing recorded.
 */
export async function giveAction(_: FormState, form: FormData): Promise<FormState> {
  const values = formTextValues(form)
  // The project's id is a hidden field: anything but a project's id is a page that does not exist.
  if (!/^\d{1,10}$/.test(values.projet ?? '')) notFound()
  const projectId = Number(values.projet)
  const parsed = parseGiftForm(values)
  if (!parsed.ok) return { errors: parsed.errors, values }
  try {
    await consumeOrThrow('gift.client', clientAddress(await headers()))
    await consumeOrThrow('gift.account', parsed.gift.email)
  } catch (error) {
    const limited = rateLimitFormErrors(error)
    if (limited) return { errors: limited, values }
    throw error
  }
  const user = await currentUser()
  const result = await createDonation(await getPayloadOrUnavailable(), {
    projectId,
    gift: parsed.gift,
    userId: user?.id ?? null,
  })
  if (!result.ok && result.notFound) notFound()
  if (!result.ok) return { errors: result.errors, values }
  if (result.awaitingApproval) {
    return {
      done: true,
      message: `Merci ! Votre promesse de don (référence ${result.reference}) dépasse 10 000 € : le GIP la vérifie et vous écrit pour le paiement.`,
    }
  }
  // A bank transfer: the thanks page gives the account and the reference to quote.
  redirect(result.checkoutUrl ?? (await localThanksUrl(result.donationId)))
}

/** The test provider's two buttons (development only: no Stripe keys). */
export async function testPaymentAction(form: FormData): Promise<void> {
  const donationId = Number(form.get('don'))
  if (!checkDonationToken(donationId, String(form.get('jeton') ?? ''))) redirect('/')
  const outcome = form.get('resultat') === 'echec' ? 'failed' : 'paid'
  const payload = await getPayloadOrUnavailable()
  // One event per gift and outcome: a double click is a duplicate, applied once.
  await confirmPayment(payload, {
    eventId: `test_${donationId}_${outcome}`,
    provider: 'test',
    type: outcome,
    donationId,
  })
  redirect(await localThanksUrl(donationId))
}

async function localThanksUrl(donationId: number): Promise<string> {
  const donation = await (
    await getPayloadOrUnavailable()
  ).findByID({ collection: 'donations', id: donationId, depth: 1, overrideAccess: true })
  const slug = typeof donation.project === 'object' ? donation.project.slug : ''
  return thanksPath(slug, donationId)
}

/** "Mon espace": the donor changes what happens to a gift if its campaign fails. */
export async function changeChoiceAction(form: FormData): Promise<void> {
  const user = await currentUser()
  if (!user) redirect('/connexion?suite=/mon-espace')
  const choice = form.get('choix') === 'solidarity' ? 'solidarity' : 'refund'
  const changed = await changeFailureChoice(await getPayloadOrUnavailable(), user, Number(form.get('don')), choice)
  redirect(changed ? '/mon-espace?choix=enregistre#mes-dons' : '/mon-espace?erreur=choix#mes-dons')
}

/** The e-mailed choice link of a failed campaign's donor (signed for this gift, no account needed). */
export async function chooseByLinkAction(form: FormData): Promise<void> {
  const donationId = Number(form.get('don'))
  const token = String(form.get('jeton') ?? '')
  if (!checkDonationToken(donationId, token, 'choice')) redirect('/')
  const choice = form.get('choix') === 'solidarity' ? 'solidarity' : 'refund'
  const result = await chooseFailedGiftFate(await getPayloadOrUnavailable(), donationId, choice)
  redirect(`/dons/${donationId}/choix?jeton=${encodeURIComponent(token)}&fait=${result}`)
}
