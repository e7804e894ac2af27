import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { SCHOOL_LINK_VALIDITY_DAYS, signSchoolLink } from '@/domain/projects/school-link'
import type { ProjectStatus } from '@/domain/projects/status'
import { SITE_KINDS } from '@/domain/sites/kinds'
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

async function queueEmail(payload: Payload, req: PayloadRequest, to: string, subject: string, text: string) {
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
  const title = `« ${project.title} »`
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
          `Confirmez le projet ${title} de votre école`,
          `Bonjour${project.schoolHead?.name ? ` ${project.schoolHead.name}` : ''},\n\n` +
            `Un enseignant de votre école propose le projet ${title} au financement participatif. Le GIP l’a relu et approuvé.\n` +
            `Pour que la collecte puisse ouvrir, confirmez le projet au nom de l’école :\n\n${await schoolLinkUrl(payload, token)}\n\n` +
            `Ce lien est valable ${SCHOOL_LINK_VALIDITY_DAYS} jours et ne sert qu’une fois. Si vous n’êtes pas concerné, ignorez ce message.`,
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
        const changes = to === 'changes_requested'
        await queueEmail(
          payload,
          req,
          email,
          changes ? `Votre projet ${title} : modifications demandées` : `Votre projet ${title} n’a pas été retenu`,
          (changes
            ? `Le GIP a relu votre projet ${title} et vous demande des modifications avant de le valider :\n\n`
            : `Le GIP a relu votre projet ${title} et ne peut pas le retenir, pour la raison suivante :\n\n`) +
            `${comment ?? ''}\n\n` +
            (changes
              ? 'Modifiez-le depuis « Mon espace », puis soumettez-le à nouveau.'
              : 'Vous pouvez nous écrire depuis la page Contact.'),
        )
      }
      return {}
    }
    default:
      return {}
  }
}
