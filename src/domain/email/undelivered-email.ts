/** A `sendEmail` job as the jobs collection stores it (only what is read here). */
export type EmailJob = {
  id: number | string
  input?: unknown
  error?: unknown
  log?: readonly { state?: string | null; error?: unknown; completedAt?: string | null }[] | null
  totalTried?: number | null
  createdAt: string
  updatedAt: string
}

/** One line of "E-mails non envoyés" in the admin. */
export type UndeliveredEmail = {
  jobId: number | string
  recipient: string
  subject: string
  lastError: string
  attempts: number
  queuedAt: string
  lastAttemptAt: string
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

/**
 * What an admin needs about an e-mail the queue gave up on: to whom, what, why (the last error),
 * how many attempts, when. A job cancelled by an admin says so instead of an error.
 */
export function describeUndeliveredEmail(job: EmailJob): UndeliveredEmail {
  const input = record(job.input)
  const error = record(job.error)
  const lastFailure = [...(job.log ?? [])].reverse().find((entry) => entry.state === 'failed')
  const lastError =
    error.cancelled === true
      ? 'Envoi annulé par un administrateur.'
      : (text(record(lastFailure?.error).message) ?? text(error.message) ?? 'Erreur inconnue.')
  return {
    jobId: job.id,
    recipient: text(input.to) ?? '(destinataire inconnu)',
    subject: text(input.subject) ?? '(sans objet)',
    lastError,
    attempts: job.totalTried ?? job.log?.length ?? 0,
    queuedAt: job.createdAt,
    lastAttemptAt: lastFailure?.completedAt ?? job.updatedAt,
  }
}
