import net from 'node:net'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type Transporter } from 'nodemailer'
import type { Payload, PayloadEmailAdapter, PayloadRequest, SendEmailOptions } from 'payload'

import { type OutgoingEmail, type QueuedEmail, toQueuedEmailOrThrow } from '@/domain/email/queued-email'
import { DATA_DIR, type Env } from '@/env'

import { outboxTransport } from './outbox-transport'

export const OUTBOX_DIR = path.join(DATA_DIR, 'outbox')

type Delivery = { messageId?: string }
type QueueingEmailAdapter = ReturnType<PayloadEmailAdapter<{ queued: true }>> & {
  deliver: (email: QueuedEmail) => Promise<Delivery>
}

/**
 * Queues one e-mail: the `sendEmail` job delivers it, retried with backoff, so that an unreachable
 * SMTP server delays mail instead of failing the user's action. Pass `req` to queue it in the
 * request's transaction (the e-mail then exists only if what it announces was committed).
 */
export async function queueEmail(payload: Payload, email: QueuedEmail, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({ task: 'sendEmail', input: email, req })
}

/** Sends a queued e-mail now through the configured transport: only the `sendEmail` job calls this. */
export function deliverEmail(payload: Payload, email: QueuedEmail): Promise<Delivery> {
  const adapter = payload.email as Partial<QueueingEmailAdapter>
  if (typeof adapter.deliver !== 'function')
    throw new Error(
      'The e-mail adapter is not the portal’s (src/services/email/adapter.ts): nothing can deliver queued e-mails',
    )
  return adapter.deliver(email)
}

/**
 * A plain TCP connection to the SMTP server with Nagle's algorithm off: SMTP sends short commands
 * and waits for each answer, and with Nagle on, each small write after the first waits for the
 * server's delayed acknowledgement (~40 ms): about 20 messages a second per connection instead of
 * a hundred and more. Handed to nodemailer while it connects, so that a refused or silent server
 * fails the message through nodemailer's own error handling and timeouts (greeting, socket); TLS
 * (`secure`, STARTTLS) is negotiated on it by nodemailer as on its own sockets.
 */
const connectWithoutDelay =
  (env: Env) =>
  (_options: unknown, callback: (err: Error | null, socket: { connection: net.Socket }) => void): void =>
    callback(null, { connection: net.connect({ host: env.SMTP_HOST, port: env.SMTP_PORT, noDelay: true }) })

/**
 * A few SMTP connections kept open and shared: the queue runs its e-mail jobs side by side (a wave
 * of closed campaigns queues thousands), which without a pool would open one connection each.
 */
function smtpTransport(env: Env): Transporter {
  return nodemailer.createTransport({
    pool: true,
    getSocket: connectWithoutDelay(env),
    maxConnections: 5,
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
  })
}

/**
 * The e-mail adapter. SMTP when configured; otherwise (development only, env.ts enforces it) the
 * .data/outbox folder. Every `payload.sendEmail` — Payload's own (verification on sign-up,
 * password reset) and plugins' included — only queues a `sendEmail` job; the job delivers through
 * the transport (`deliverEmail`). Payload hands the adapter no request, so these jobs are
 * committed at once, outside the operation's transaction.
 */
export async function emailAdapter(env: Env): Promise<PayloadEmailAdapter<{ queued: true }>> {
  const transport = env.usesEmailOutbox ? nodemailer.createTransport(outboxTransport(OUTBOX_DIR)) : smtpTransport(env)
  // Checked in the background below: an unreachable server must not hold up the start.
  const deliveryAdapter = await nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM_ADDRESS,
    defaultFromName: env.EMAIL_FROM_NAME,
    skipVerify: true,
    transport,
  })
  return ({ payload }) => {
    const delivery = deliveryAdapter({ payload })
    if (!env.usesEmailOutbox) {
      transport.verify().then(
        () => payload.logger.info(`SMTP server ${env.SMTP_HOST}:${env.SMTP_PORT} reachable`),
        (err: unknown) =>
          payload.logger.error({
            err,
            msg: `SMTP server ${env.SMTP_HOST}:${env.SMTP_PORT} unreachable: e-mails wait in the jobs queue and are retried`,
          }),
      )
    }
    const adapter: QueueingEmailAdapter = {
      name: 'queued-nodemailer',
      defaultFromAddress: delivery.defaultFromAddress,
      defaultFromName: delivery.defaultFromName,
      sendEmail: async (message: SendEmailOptions) => {
        await queueEmail(payload, toQueuedEmailOrThrow(message as OutgoingEmail))
        return { queued: true as const }
      },
      deliver: (email) => delivery.sendEmail(email) as Promise<Delivery>,
    }
    return adapter
  }
}
