import { htmlToText } from './html-to-text'

/** An address as mail libraries take it: `a@b.fr`, `"Nom" <a@b.fr>`, or `{ name, address }`. */
export type MailAddress = string | { name?: string; address: string }
type Recipients = MailAddress | MailAddress[]

/** A message as Payload and its plugins hand it to `sendEmail` (nodemailer's options). */
export type OutgoingEmail = {
  from?: Recipients
  to?: Recipients
  cc?: Recipients
  bcc?: Recipients
  replyTo?: Recipients
  subject?: string
  text?: unknown
  html?: unknown
  [option: string]: unknown
}

/** What a `sendEmail` job stores: plain strings only, so that it survives the database and retries. */
export type QueuedEmail = {
  to: string
  subject: string
  text: string
  html?: string
  from?: string
  cc?: string
  bcc?: string
  replyTo?: string
}

const ADDRESS_FIELDS = ['from', 'cc', 'bcc', 'replyTo'] as const
const KNOWN_FIELDS = new Set<string>(['to', 'subject', 'text', 'html', ...ADDRESS_FIELDS])

function formatAddress(address: MailAddress): string {
  if (typeof address === 'string') return address.trim()
  if (!address.name) return address.address
  return `"${address.name.replace(/["\\]/g, '\\$&')}" <${address.address}>`
}

function formatRecipients(recipients: Recipients | undefined): string | undefined {
  const list = (Array.isArray(recipients) ? recipients : recipients === undefined ? [] : [recipients])
    .map(formatAddress)
    .filter(Boolean)
  return list.length ? list.join(', ') : undefined
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
}

/**
 * Turns a message into a job's input. Refuses (throws) what a job could not carry faithfully — no
 * recipient, no subject, a body that is not a string, or any other option (attachments, headers…) —
 * rather than sending a different message later. The text part is derived from the HTML when absent.
 */
export function toQueuedEmailOrThrow(message: OutgoingEmail): QueuedEmail {
  const unsupported = Object.keys(message).filter((key) => !KNOWN_FIELDS.has(key) && !isEmpty(message[key]))
  if (unsupported.length) throw new TypeError(`E-mail option(s) the queue cannot carry: ${unsupported.join(', ')}`)
  const to = formatRecipients(message.to)
  if (!to) throw new TypeError('E-mail without a recipient')
  const subject = message.subject?.trim()
  if (!subject) throw new TypeError(`E-mail to ${to} without a subject`)
  for (const body of ['text', 'html'] as const) {
    if (!isEmpty(message[body]) && typeof message[body] !== 'string')
      throw new TypeError(`E-mail ${body} must be a string to be queued`)
  }
  const html = isEmpty(message.html) ? undefined : (message.html as string)
  const text = isEmpty(message.text) ? (html === undefined ? undefined : htmlToText(html)) : (message.text as string)
  if (text === undefined) throw new TypeError(`E-mail to ${to} without a body`)
  const queued: QueuedEmail = { to, subject, text, ...(html === undefined ? {} : { html }) }
  for (const field of ADDRESS_FIELDS) {
    const value = formatRecipients(message[field])
    if (value) queued[field] = value
  }
  return queued
}
