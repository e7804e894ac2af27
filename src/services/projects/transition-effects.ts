import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { SCHOOL_LINK_VALIDITY_DAYS, signSchoolLink } from '@/domain/projects/school-link'
import type { ProjectStatus } from '@/domain/projects/status'
import { SITE_KINDS } from '@/domain/sites/kinds'
import type { Mail } from '@/emails/mail'
import { schoolConfirmationMail } from '@/emails/school-heads'
import { changesRequestedMail, projectRejectedMail } from '@/emails/teachers'
import { env } from '@/env'
import type { Project } from '@/payload-types'
import { siteOfKind, siteUrl } from '@/services/sites/registry'

const DAY_MS = 86_400_000

/** The confirmation page of the crowdfunding site, for a token. */
async function schoolLinkUrl(payload: Payload, token: string): Promise<string> {
  return siteUrl(
    await siteOfKind(payload, SITE_KINDS.projets),
    `/confirmation-ecole?jeton=${encodeURIComponent(token)}`,
  )
}

async function queueEmail(payload: Payload, req: PayloadRequest, to: string, { subject, text }: Mail) {
  await payload.jobs.queue({ task: 'sendEmail', input: { to, subject, text }, req })
}

async function ownerEmail(payload: Payload, req: PayloadRequest, project: Project): Promise<string | null> {
  const ownerId = typeof project.owner === 'object' ? project.owner?.id : project.owner
  if (!ownerId) return null
  return (await payload.findByID({ collection: 'users', id: ownerId, depth: 0, req })).email
}

/**
 * What a transition sets off, inside its transaction (so a refused or failed transition sends
 * nothing): e-mails are queued as jobs, and the fields to write with the new status are returned.
 */
export async function applyTransitionEffects(
  payload: Payload,
  req: PayloadRequest,
  project: Project,
  to: ProjectStatus,
  { now, comment }: { now: Date; comment?: string },
): Promise<Partial<Project>> {
  switch (to) {
    case 'awaiting_school_validation': {
      const nonce = randomBytes(16).toString('hex')
      const expiresAt = now.getTime() + SCHOOL_LINK_VALIDITY_DAYS * DAY_MS
      const token = signSchoolLink({ projectId: project.id, nonce, expiresAt }, env.PAYLOAD_SECRET)
      const email = project.schoolHead?.email
      if (email) {
        await queueEmail(
          payload,
          req,
          email,
          schoolConfirmationMail(project, project.schoolHead ?? {}, {
            url: await schoolLinkUrl(payload, token),
            validityDays: SCHOOL_LINK_VALIDITY_DAYS,
          }),
        )
      }
      return {
        schoolValidation: {
          nonce,
          sentAt: now.toISOString(),
          expiresAt: new Date(expiresAt).toISOString(),
          confirmedAt: null,
        },
      }
    }
    case 'scheduled':
      return { schoolValidation: { ...project.schoolValidation, nonce: null, confirmedAt: now.toISOString() } }
    case 'changes_requested':
    case 'rejected': {
      const email = await ownerEmail(payload, req, project)
      if (email) {
        const mail = to === 'changes_requested' ? changesRequestedMail : projectRejectedMail
        await queueEmail(payload, req, email, mail(project.title, comment))
      }
      return {}
    }
    default:
      return {}
  }
}
