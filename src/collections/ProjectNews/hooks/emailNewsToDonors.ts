import type { CollectionAfterChangeHook } from 'payload'

import { env } from '@/env'
import { newsRecipients } from '@/services/donations/donors'
import { siteOrigin } from '@/sites/origins'

/**
 * A new piece of news goes by e-mail to the project's donors who asked for its news (public and
 * donors-only news alike), one queued e-mail each, in the news' own transaction.
 */
export const emailNewsToDonors: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const projectId = typeof doc.project === 'object' ? doc.project.id : doc.project
  const project = await req.payload.findByID({ collection: 'projects', id: projectId, depth: 0, req, select: { title: true, slug: true } })
  const link = `${siteOrigin(env, env.SITE_HOSTS_PROJETS[0])}/projets/${project.slug}`
  for (const to of await newsRecipients(req.payload, projectId)) {
    await req.payload.jobs.queue({
      task: 'sendEmail',
      input: {
        to,
        subject: `Des nouvelles du projet « ${project.title} » : ${doc.title}`,
        text: `${doc.title}\n\n${doc.body}\n\n— La classe du projet « ${project.title} » : ${link}\n\nVous recevez ce message parce que vous avez soutenu ce projet et demandé à en recevoir les actualités.`,
      },
      req,
    })
  }
  return doc
}
