import type { CoachingMessage } from '@/domain/projects/campaign-clock'
import { formatEuros } from '@/domain/text/format'

import type { Mail } from './mail'

/**
 * The project owners' e-mails: the review's answer, the coaching during the campaign, and the
 * campaign's close. Pure: the caller queues them to the owner's address.
 */

/** "1 jour", "8 jours" (0 and 1 singular, as French has it). */
const days = (count: number) => `${count} jour${count > 1 ? 's' : ''}`

/** The GIP asks for changes before approving the project, with the moderator's `comment`. */
export function changesRequestedMail(title: string, comment: string | undefined): Mail {
  return {
    subject: `Votre projet « ${title} » : modifications demandées`,
    text:
      `Le GIP a relu votre projet « ${title} » et vous demande des modifications avant de le valider :\n\n` +
      `${comment ?? ''}\n\n` +
      'Modifiez-le depuis « Mon espace », puis soumettez-le à nouveau.',
  }
}

/** The GIP rejects the project, for the moderator's `comment`. */
export function projectRejectedMail(title: string, comment: string | undefined): Mail {
  return {
    subject: `Votre projet « ${title} » n’a pas été retenu`,
    text:
      `Le GIP a relu votre projet « ${title} » et ne peut pas le retenir, pour la raison suivante :\n\n` +
      `${comment ?? ''}\n\n` +
      'Vous pouvez nous écrire depuis la page Contact.',
  }
}

/** A coaching e-mail during the campaign (`campaign-clock` says which is due), `daysLeft` before its end. */
export function coachingMail(message: CoachingMessage, title: string, daysLeft: number): Mail {
  switch (message) {
    case 'week_in':
      return {
        subject: `Votre collecte « ${title} » a une semaine`,
        text: `Votre collecte est ouverte depuis une semaine. Partagez-la avec les familles, les associations et les entreprises proches de l’école, et publiez une première actualité pour vos donateurs.`,
      }
    case 'eight_days_left':
      return {
        subject: `Plus que ${days(daysLeft)} pour « ${title} »`,
        text: `Votre collecte se termine dans ${days(daysLeft)}. C’est le bon moment pour relancer votre entourage et remercier vos premiers donateurs.`,
      }
    case 'two_days_left_below_minimum':
      return {
        subject: `« ${title} » : ${days(daysLeft)} pour atteindre l’objectif minimum`,
        text: `Votre collecte n’a pas encore atteint son objectif minimum et se termine dans ${days(daysLeft)}. Si le minimum n’est pas atteint, les donateurs seront remboursés ou leurs dons iront au fonds solidaire.`,
      }
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
