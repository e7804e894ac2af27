import type { Payload, Where } from 'payload'

import { hasRole } from '@/domain/access/roles'
import { EXPORTED_PROJECT_FIELDS, type PersonalData, type ProjectRecord, buildPersonalData } from '@/domain/accounts/personal-data'
import type { User } from '@/payload-types'
import { giftRecordsOf } from '@/services/donations/donor-gifts'

import { followedProjectsOf } from './follow-projects'

/** "Download my data": the signed-in user's own records, read as that user. */
export async function exportPersonalData(payload: Payload, user: User & { collection: 'users' }, now = new Date()): Promise<PersonalData> {
  const account = await payload.findByID({ collection: 'users', id: user.id, depth: 0, user, overrideAccess: false, showHiddenFields: true })
  const [gifts, followed] = await Promise.all([giftRecordsOf(payload, account), followedProjectsOf(payload, user)])
  if (!hasRole(account, 'teacher')) return buildPersonalData({ account, gifts, followedProjects: followed, now })
  const own: Where = { or: [{ owner: { equals: user.id } }, { coOwners: { contains: user.id } }] }
  const [projects, news] = await Promise.all([
    payload.find({
      collection: 'projects',
      where: own,
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      select: Object.fromEntries(EXPORTED_PROJECT_FIELDS.map((field) => [field, true])),
      user,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'project-news',
      where: { author: { equals: user.id } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      select: { project: true, title: true, body: true, visibility: true, createdAt: true },
      user,
      overrideAccess: false,
    }),
  ])
  return buildPersonalData({
    account,
    gifts,
    followedProjects: followed,
    projects: projects.docs as unknown as ProjectRecord[],
    projectNews: news.docs.map((n) => ({ project: typeof n.project === 'object' ? n.project.id : n.project, title: n.title, body: n.body, visibility: n.visibility, createdAt: n.createdAt })),
    now,
  })
}
