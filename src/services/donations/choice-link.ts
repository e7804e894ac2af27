import type { GiftFate } from '@/domain/donations/failure-choice'
import { parisDate } from '@/domain/projects/campaign-window'
import { formatDate, formatEuros } from '@/domain/text/format'
import { donationToken } from '@/services/payments/signed-link'
import { type Site, siteUrl } from '@/services/sites/registry'

export type Mail = { subject: string; text: string }
type Gift = { id: number; firstName: string | null; amountCents: number; reference: string; title: string }

const hello = (gift: Gift) => `Bonjour${gift.firstName ? ` ${gift.firstName}` : ''},\n\n`
const yourGift = (gift: Gift) => `votre don de ${formatEuros(gift.amountCents)} (référence ${gift.reference})`

/** The donor's page on the crowdfunding site to choose between refund and fund, for a gift of a failed campaign. */
export const choiceUrl = (site: Site, donationId: number) =>
  siteUrl(site, `/dons/${donationId}/choix?jeton=${donationToken(donationId, 'choice')}`)

export function campaignSucceededMail(gift: Gift): Mail {
  return {
    subject: `« ${gift.title} » est financé, merci !`,
    text: `${hello(gift)}La collecte du projet « ${gift.title} » a atteint son objectif. Grâce à ${yourGift(gift)}, l’argent va être versé à l’école pour réaliser le projet.\n\nMerci pour votre générosité.`,
  }
}

/** The e-mail of a failed campaign, saying what happens to the gift (or asking the donor to choose, on `site`). */
export function campaignFailedMail(gift: Gift, fate: GiftFate, deadline: Date, site: Site): Mail {
  const subject = `« ${gift.title} » n’a pas atteint son objectif`
  const start = `${hello(gift)}La collecte du projet « ${gift.title} » s’est terminée sans atteindre son objectif minimum. `
  if (fate === 'reallocate')
    return {
      subject,
      text: `${start}Comme vous l’aviez choisi, ${yourGift(gift)} est versé au fonds solidaire, qui aide des projets d’écoles plus défavorisées (label Courte Échelle).\n\nMerci pour votre générosité.`,
    }
  if (fate === 'refund')
    return {
      subject,
      text: `${start}Comme vous l’aviez choisi, ${yourGift(gift)} va vous être remboursé en totalité, sans frais. Vous recevrez un message quand le remboursement sera fait.`,
    }
  return {
    subject: `${subject} : que faire de votre don ?`,
    text:
      `${start}Que souhaitez-vous faire de ${yourGift(gift)} ?\n\n` +
      `- être remboursé en totalité, sans frais ;\n- ou le donner au fonds solidaire, qui aide des projets d’écoles plus défavorisées (label Courte Échelle).\n\n` +
      `Choisissez ici, jusqu’au ${formatDate(parisDate(deadline))} :\n\n${choiceUrl(site, gift.id)}\n\n` +
      `Sans réponse de votre part à cette date, votre don vous sera remboursé.`,
  }
}

export function refundDoneMail(gift: Gift): Mail {
  return {
    subject: `Votre don au projet « ${gift.title} » vous est remboursé`,
    text: `${hello(gift)}Le remboursement de ${yourGift(gift)} est fait. Selon votre banque, il apparaîtra sur votre compte d’ici 5 à 10 jours ouvrés.`,
  }
}

/** The owner's e-mail when the campaign closes. */
export function campaignClosedOwnerMail(
  title: string,
  outcome: 'succeeded' | 'failed',
  money: { collectedCents: number; commissionCents: number; payoutCents: number },
): Mail {
  if (outcome === 'succeeded') {
    return {
      subject: `Votre collecte « ${title} » a réussi !`,
      text:
        `Bonjour,\n\nBravo : votre collecte « ${title} » a atteint son objectif avec ${formatEuros(money.collectedCents)}.\n\n` +
        `Après la commission de la plateforme (6,5 %, soit ${formatEuros(money.commissionCents)}), ${formatEuros(money.payoutCents)} vont être versés à la structure bénéficiaire. ` +
        'Pensez à remercier vos donateurs par une actualité, puis à déclarer le projet réalisé depuis « Mon espace ».',
    }
  }
  return {
    subject: `Votre collecte « ${title} » n’a pas atteint son objectif`,
    text:
      `Bonjour,\n\nVotre collecte « ${title} » s’est terminée avec ${formatEuros(money.collectedCents)}, sans atteindre son objectif minimum.\n\n` +
      'Chaque donateur est remboursé ou son don va au fonds solidaire, comme il l’a choisi. Vous pouvez proposer un nouveau projet quand vous le souhaitez.',
  }
}
