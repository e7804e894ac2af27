/**
 * An e-mail as a template writes it: what the caller queues (`queueEmail`, a `sendEmail` job) with
 * the recipient's address. `html` only for the e-mails sent as HTML (the account e-mails), whose
 * `text` is then the same message in plain text.
 */
export type Mail = { subject: string; text: string; html?: string }

/** "Bonjour Inès,\n\n", or "Bonjour,\n\n" without a name: the opening line of the plain-text e-mails. */
export const hello = (name?: string | null) => `Bonjour${name ? ` ${name}` : ''},\n\n`
