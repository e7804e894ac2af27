import type { CollectionAfterChangeHook } from 'payload'

import { type NewsReason, newsAudience } from '@/domain/projects/news-audience'
import { SITE_KINDS } from '@/domain/sites/kinds'
import { projectFollowers } from '@/services/accounts/follow-projects'
import { newsRecipients } from '@/services/donations/donors'
import { type Site, siteOfKind, siteUrl } from '@/services/sites/registry'

const WHY: Record<NewsReason, (site: Site) => string> = {
  donor: () => 'Vous recevez ce message parce que vous avez soutenu ce projet et demandé à en recevoir les actualités.',
  follower: (site) =>
    `Vous recevez ce message parce que vous suivez ce projet. Pour ne plus le suivre : ${siteUrl(site, '/mon-espace#projets-suivis')}`,
}

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
  const link = siteUrl(site, `/projets/${project.slug}`)
  const followers = doc.visibility === 'public' ? await projectFollowers(req.payload, projectId) : []
  for (const { email, reason } of newsAudience(
    doc.visibility,
    await newsRecipients(req.payload, projectId),
    followers,
  )) {
    await req.payload.jobs.queue({
      task: 'sendEmail',
      input: {
        to: email,
        subject: `Des nouvelles du projet « ${project.title} » : ${doc.title}`,
        text: `${doc.title}\n\n${doc.body}\n\n— La classe du projet « ${project.title} » : ${link}\n\n${WHY[reason](site)}`,
      },
      req,
    })
  }
  return doc
}
