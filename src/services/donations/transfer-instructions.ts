import { parisDate } from '@/domain/projects/campaign-window'
import { env } from '@/env'
import { formatDate, formatEuros } from '@/domain/text/format'

/** A transfer for more than half of what was open holds no guaranteed place (README, "Gifts at the optimum"). */
export const PROVISIONAL_TRANSFER =
  'Votre don dépasse la moitié de ce qui restait à donner à ce projet : sa place n’est pas réservée. Si d’autres dons complètent la collecte avant l’arrivée de votre virement, il vous sera remboursé en totalité.'

/** What a donor paying by bank transfer must do, in plain text (e-mails). */
export function transferInstructions(
  reference: string,
  amountCents: number,
  expiresAt: Date,
  { provisional = false }: { provisional?: boolean } = {},
): string {
  const account = env.bankTransfer
  if (!account) return 'Le paiement par virement n’est pas disponible : écrivez-nous.'
  return (
    `Faites un virement de ${formatEuros(amountCents)} avant le ${formatDate(parisDate(expiresAt))} :\n\n` +
    `- Titulaire : ${account.holder}\n- IBAN : ${account.iban}\n- BIC : ${account.bic}\n- Libellé (obligatoire) : ${reference}\n\n` +
    'Le libellé permet de rattacher votre virement à votre don. Vous recevrez un message dès sa réception.' +
    (provisional ? `\n\n${PROVISIONAL_TRANSFER}` : '') +
    (account.fictitious ? '\n\n(Mode test : ce compte est fictif.)' : '')
  )
}
