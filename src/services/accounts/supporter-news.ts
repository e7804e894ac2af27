import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { paidProjectIdsOf } from '@/services/donations/donor-gifts'

/** How many news items "Mon espace" shows: the latest ones; each project's page has the rest. */
export const SUPPORTER_NEWS_LIMIT = 10

export type SupporterNews = {
  id: number
  title: string
  body: string
  donorsOnly: boolean
  createdAt: string
  project: { title: string; slug: string }
}

/**
 * The latest news, public and donors-only, of the projects the user has paid gifts to, newest first
 * (read as the user: the news access rule lets donors read them).
 */
export async function latestSupporterNews(
  payload: Payload,
  user: User & { collection: 'users' },
  limit = SUPPORTER_NEWS_LIMIT,
): Promise<SupporterNews[]> {
  const projectIds = await paidProjectIdsOf(payload, user)
  if (!projectIds.length) return []
  const { docs } = await payload.find({
    collection: 'project-news',
    where: { project: { in: projectIds } },
    sort: '-createdAt',
    limit,
    depth: 1,
    select: { title: true, body: true, visibility: true, createdAt: true, project: true },
    populate: { projects: { title: true, slug: true } },
    user,
    overrideAccess: false,
  })
  return docs.flatMap((news) =>
    typeof news.project === 'object'
      ? [
          {
            id: news.id,
            title: news.title,
            body: news.body,
            donorsOnly: news.visibility === 'donors',
            createdAt: news.createdAt,
            project: { title: news.project.title, slug: news.project.slug },
          },
        ]
      : [],
  )
}
