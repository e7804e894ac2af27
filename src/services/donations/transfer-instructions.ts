import { parisDate } from '@/domain/projects/campaign-window'
import { env } from '@/env'
import { formatDate, formatEuros } from '@/ui/format'

/** What a donor paying by bank transfer must do, in plain text (e-mails). */
export function transferInstructions(reference: string, amountCents: number, expiresAt: Date): string {
  const account = env.bankTransfer
  if (!account) return 'Le paiement par virement n’est pas disponible : écrivez-nous.'
  return (
    `Faites un virement de ${formatEuros(amountCents)} avant le ${formatDate(parisDate(expiresAt))} :\n\n` +
    `- Titulaire : ${account.holder}\n- IBAN : ${account.iban}\n- BIC : ${account.bic}\n- Libellé (obligatoire) : ${reference}\n\n` +
    'Le libellé permet de rattacher votre virement à votre don. Vous recevrez un message dès sa réception.' +
    (account.fictitious ? '\n\n(Mode test : ce compte est fictif.)' : '')
  )
}
