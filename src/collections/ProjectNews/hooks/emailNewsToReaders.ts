import type { CollectionAfterChangeHook } from 'payload'

import { newsAudience } from '@/domain/projects/news-audience'
import { SITE_KINDS } from '@/domain/sites/kinds'
import { projectNewsMail } from '@/emails/donors'
import { projectFollowers } from '@/services/accounts/follow-projects'
import { newsRecipients } from '@/services/donations/donors'
import { siteOfKind, siteUrl } from '@/services/sites/registry'

/**
 * A new piece of news goes by e-mail to the project's donors who asked for its news (public and
 * donors-only news alike) and, when it is public, to the project's followers: one queued e-mail per
 * address, in the news' own transaction.
 */
export const emailNewsToReaders: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const projectId = typeof doc.project === 'object' ? doc.project.id : doc.project
  const project = await req.payload.findByID({
    collection: 'projects',
    id: projectId,
    depth: 0,
    req,
    select: { title: true, slug: true },
  })
  const site = await siteOfKind(req.payload, SITE_KINDS.projets)
  const about = {
    title: project.title,
    projectUrl: siteUrl(site, `/projets/${project.slug}`),
    unfollowUrl: siteUrl(site, '/mon-espace#projets-suivis'),
  }
  const followers = doc.visibility === 'public' ? await projectFollowers(req.payload, projectId) : []
  for (const { email, reason } of newsAudience(
    doc.visibility,
    await newsRecipients(req.payload, projectId),
    followers,
  )) {
    await req.payload.jobs.queue({
      task: 'sendEmail',
      input: { to: email, ...projectNewsMail({ title: doc.title, body: doc.body }, about, reason) },
      req,
    })
  }
  return doc
}
