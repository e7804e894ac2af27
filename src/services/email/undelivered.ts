import type { Payload, TypedUser, Where } from 'payload'

import { type EmailJob, type UndeliveredEmail, describeUndeliveredEmail } from '@/domain/email/undelivered-email'

const EMAIL_JOBS: Where = { taskSlug: { equals: 'sendEmail' } }
/** The queue gave up: every attempt failed (or an admin cancelled it). */
const GAVE_UP: Where = { and: [EMAIL_JOBS, { hasError: { equals: true } }] }
/** Failed at least once and waiting for its next attempt. */
const RETRYING: Where = {
  and: [
    EMAIL_JOBS,
    { hasError: { not_equals: true } },
    { completedAt: { exists: false } },
    { totalTried: { greater_than: 0 } },
  ],
}

export type UndeliveredEmails = { total: number; retrying: number; emails: UndeliveredEmail[] }

/**
 * The e-mails the jobs queue could not send after all its attempts, newest first, and how many
 * are still being retried, read as `user` (the jobs collection is readable by admins only).
 */
export async function listUndeliveredEmails(
  payload: Payload,
  user: TypedUser,
  limit = 100,
): Promise<UndeliveredEmails> {
  const asUser = { user, overrideAccess: false } as const
  const [failed, retrying] = await Promise.all([
    payload.find({ collection: 'payload-jobs', where: GAVE_UP, sort: '-updatedAt', limit, depth: 0, ...asUser }),
    payload.count({ collection: 'payload-jobs', where: RETRYING, ...asUser }),
  ])
  return {
    total: failed.totalDocs,
    retrying: retrying.totalDocs,
    emails: failed.docs.map((job) => describeUndeliveredEmail(job as EmailJob)),
  }
}

/** How many e-mails the queue gave up on, for the admins' dashboard. */
export async function countUndeliveredEmails(payload: Payload, user: TypedUser): Promise<number> {
  return (await payload.count({ collection: 'payload-jobs', where: GAVE_UP, user, overrideAccess: false })).totalDocs
}
