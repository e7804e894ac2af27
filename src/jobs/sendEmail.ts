import type { TaskConfig } from 'payload'

import { FIRST_RETRY_MS, deliverQueuedEmail } from '@/services/email/deliver-queued'

/**
 * Delivers one queued e-mail. Every e-mail of the portal is queued (`queueEmail`, and
 * `payload.sendEmail`, which the adapter turns into this job) so that an SMTP outage delays mail
 * instead of failing the user's action. Retried with exponential backoff, 1 minute doubling up to
 * 2 hours 8 minutes, about 4 hours in all; after the last attempt the job keeps `hasError` and
 * the e-mail is listed in the admin ("E-mails non envoyés").
 */
export const sendEmailTask: TaskConfig<'sendEmail'> = {
  slug: 'sendEmail',
  label: 'Envoyer un e-mail',
  retries: { attempts: 8, backoff: { type: 'exponential', delay: FIRST_RETRY_MS } },
  inputSchema: [
    // Addresses are strings as mail clients write them: `a@b.fr`, `"Nom" <a@b.fr>`, or a comma-separated list.
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea' },
    { name: 'from', type: 'text' },
    { name: 'cc', type: 'text' },
    { name: 'bcc', type: 'text' },
    { name: 'replyTo', type: 'text' },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  handler: async ({ input, req }) => {
    const info = await deliverQueuedEmail(req.payload, input)
    return { output: { messageId: info.messageId ?? '' } }
  },
}
