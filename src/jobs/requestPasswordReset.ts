import type { TaskConfig } from 'payload'

import { sendPasswordResetLink } from '@/services/auth/accounts'

/**
 * A forgotten password, handled away from the request: the form and `POST
 * /api/users/forgot-password` only queue this job, so they answer the same, in the same time,
 * whether or not the address has an account. This creates the reset token and queues its e-mail
 * (a `sendEmail` job) when the address has an account, and does nothing otherwise.
 */
export const requestPasswordResetTask: TaskConfig<'requestPasswordReset'> = {
  slug: 'requestPasswordReset',
  label: 'Envoyer un lien de nouveau mot de passe',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: [{ name: 'email', type: 'email', required: true }],
  handler: async ({ input, req }) => {
    await sendPasswordResetLink(req.payload, input.email)
    return { output: {} }
  },
}
