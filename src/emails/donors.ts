import type { GiftFate } from '@/domain/donations/failure-choice'
import type { NewsReason } from '@/domain/projects/news-audience'
import { parisDate } from '@/domain/projects/campaign-window'
import { formatDate, formatEuros } from '@/domain/text/format'

import { type Mail, hello } from './mail'

/**
 * The donors' e-mails: the way to pay, the thanks, the outcome of the campaign, the refund, and a
 * project's news (to its donors and followers). Pure: links and settings come in already built.
 */

/** A gift as its e-mails name it (`id`, which the settlement passes along with its rows, is not shown). */
type Gift = { id?: number; firstName: string | null; amountCents: number; reference: string; title: string }

/** The account a bank transfer goes to (`env.bankTransfer`), null where the portal has none. */
export type TransferAccount = { holder: string; iban: string; bic: string; fictitious: boolean } | null

const yourGift = (gift: Pick<Gift, 'amountCents' | 'reference'>) =>
  `votre don de ${formatEuros(gift.amountCents)} (référence ${gift.reference})`

/** A transfer for more than half of what was open holds no guaranteed place (README, "Gifts at the optimum"). */
export const PROVISIONAL_TRANSFER =
  'Votre don dépasse la moitié de ce qui restait à donner à ce projet : sa place n’est pas réservée. Si d’autres dons complètent la collecte avant l’arrivée de votre virement, il vous sera remboursé en totalité.'

/** What a donor paying by bank transfer must do, in plain text. */
function transferInstructions(
  account: TransferAccount,
  gift: Pick<Gift, 'amountCents' | 'reference'>,
  expiresAt: Date,
  provisional: boolean,
): string {
  if (!account) return 'Le paiement par virement n’est pas disponible : écrivez-nous.'
  return (
    `Faites un virement de ${formatEuros(gift.amountCents)} avant le ${formatDate(parisDate(expiresAt))} :\n\n` +
    `- Titulaire : ${account.holder}\n- IBAN : ${account.iban}\n- BIC : ${account.bic}\n- Libellé (obligatoire) : ${gift.reference}\n\n` +
    'Le libellé permet de rattacher votre virement à votre don. Vous recevrez un message dès sa réception.' +
    (provisional ? `\n\n${PROVISIONAL_TRANSFER}` : '') +
    (account.fictitious ? '\n\n(Mode test : ce compte est fictif.)' : '')
  )
}

/** A gift by bank transfer was just made: the account, the amount, the reference and the deadline. */
export function transferDetailsMail(
  gift: Gift,
  transfer: { account: TransferAccount; expiresAt: Date; provisional: boolean },
): Mail {
  return {
    subject: `Votre don au projet « ${gift.title} » : les coordonnées du virement`,
    text: `${hello(gift.firstName)}Merci pour votre don au projet « ${gift.title} ».\n\n${transferInstructions(transfer.account, gift, transfer.expiresAt, transfer.provisional)}`,
  }
}

/** A gift's payment arrived. */
export function giftThanksMail(gift: Gift): Mail {
  return {
    subject: `Merci pour votre don au projet « ${gift.title} »`,
    text:
      hello(gift.firstName) +
      `Votre don de ${formatEuros(gift.amountCents)} au projet « ${gift.title} » est confirmé (référence ${gift.reference}). Merci !\n\n` +
      'Si la collecte atteint son objectif minimum, l’argent sera versé à l’école ; sinon, votre choix s’appliquera (remboursement ou fonds solidaire).',
  }
}

/** How a gift the GIP accepted is paid: by transfer (until `expiresAt`), or through a checkout link valid `validHours`. */
export type AcceptedGiftPayment =
  | { method: 'transfer'; account: TransferAccount; expiresAt: Date }
  | { method: 'checkout'; url: string; validHours: number }

/** A gift above the admin's threshold was accepted: the way to pay it. */
export function giftAcceptedMail(gift: Gift, payment: AcceptedGiftPayment): Mail {
  const how =
    payment.method === 'transfer'
      ? transferInstructions(payment.account, gift, payment.expiresAt, false)
      : `Pour le régler, suivez ce lien (valable ${payment.validHours} heures) :\n\n${payment.url}`
  return {
    subject: `Votre don au projet « ${gift.title} » est accepté`,
    text: `${hello(gift.firstName)}Merci pour ${yourGift(gift)}, que le GIP a accepté.\n\n${how}`,
  }
}

export function campaignSucceededMail(gift: Gift): Mail {
  return {
    subject: `« ${gift.title} » est financé, merci !`,
    text: `${hello(gift.firstName)}La collecte du projet « ${gift.title} » a atteint son objectif. Grâce à ${yourGift(gift)}, l’argent va être versé à l’école pour réaliser le projet.\n\nMerci pour votre générosité.`,
  }
}

/**
 * The e-mail of a failed campaign, saying what happens to the gift, or asking the donor to choose
 * at `choiceUrl` (the signed link of `src/services/donations/choice-link.ts`) before `deadline`.
 */
export function campaignFailedDonorMail(gift: Gift, fate: GiftFate, deadline: Date, choiceUrl: string): Mail {
  const subject = `« ${gift.title} » n’a pas atteint son objectif`
  const start = `${hello(gift.firstName)}La collecte du projet « ${gift.title} » s’est terminée sans atteindre son objectif minimum. `
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
      `Choisissez ici, jusqu’au ${formatDate(parisDate(deadline))} :\n\n${choiceUrl}\n\n` +
      `Sans réponse de votre part à cette date, votre don vous sera remboursé.`,
  }
}

export function refundDoneMail(gift: Gift): Mail {
  return {
    subject: `Votre don au projet « ${gift.title} » vous est remboursé`,
    text: `${hello(gift.firstName)}Le remboursement de ${yourGift(gift)} est fait. Selon votre banque, il apparaîtra sur votre compte d’ici 5 à 10 jours ouvrés.`,
  }
}

const WHY_NEWS: Record<NewsReason, (unfollowUrl: string) => string> = {
  donor: () => 'Vous recevez ce message parce que vous avez soutenu ce projet et demandé à en recevoir les actualités.',
  follower: (unfollowUrl) =>
    `Vous recevez ce message parce que vous suivez ce projet. Pour ne plus le suivre : ${unfollowUrl}`,
}

/**
 * A project's news, to a donor who asked for its news or to a follower (`reason`): `projectUrl` the
 * project's page, `unfollowUrl` the page where a follower stops following.
 */
export function projectNewsMail(
  news: { title: string; body: string },
  project: { title: string; projectUrl: string; unfollowUrl: string },
  reason: NewsReason,
): Mail {
  return {
    subject: `Des nouvelles du projet « ${project.title} » : ${news.title}`,
    text: `${news.title}\n\n${news.body}\n\n— La classe du projet « ${project.title} » : ${project.projectUrl}\n\n${WHY_NEWS[reason](project.unfollowUrl)}`,
  }
}
