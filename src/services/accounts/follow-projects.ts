import type { Payload } from 'payload'

import { PUBLIC_STATUSES } from '@/domain/projects/status'
import { relationIds } from '@/domain/access/ids'
import type { Project, User } from '@/payload-types'
import { sqlQuery } from '@/services/db/sql-transaction'

type SignedIn = User & { collection: 'users' }

/** A public project (its campaign is or was open), as anyone may read it; null otherwise. */
export async function findFollowableProject(
  payload: Payload,
  projectId: number,
): Promise<Pick<Project, 'id' | 'slug' | 'title'> | null> {
  if (!Number.isInteger(projectId) || projectId <= 0) return null
  const { docs } = await payload.find({
    collection: 'projects',
    where: { and: [{ id: { equals: projectId } }, { status: { in: [...PUBLIC_STATUSES] } }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    select: { slug: true, title: true },
  })
  return docs[0] ?? null
}

async function followedIds(payload: Payload, user: SignedIn): Promise<number[]> {
  const me = await payload.findByID({
    collection: 'users',
    id: user.id,
    depth: 0,
    select: { followedProjects: true },
    user,
    overrideAccess: false,
  })
  return relationIds(me.followedProjects).map(Number)
}

async function saveFollowed(payload: Payload, user: SignedIn, ids: number[]) {
  await payload.update({
    collection: 'users',
    id: user.id,
    data: { followedProjects: ids },
    depth: 0,
    user,
    overrideAccess: false,
  })
}

/** The user follows a public project (again: nothing changes); false when it is not public. */
export async function followProject(payload: Payload, user: SignedIn, projectId: number): Promise<boolean> {
  if (!(await findFollowableProject(payload, projectId))) return false
  const ids = await followedIds(payload, user)
  if (!ids.includes(projectId)) await saveFollowed(payload, user, [...ids, projectId])
  return true
}

/** The user stops following a project (one they did not follow: nothing changes). */
export async function unfollowProject(payload: Payload, user: SignedIn, projectId: number): Promise<void> {
  const ids = await followedIds(payload, user)
  if (ids.includes(projectId))
    await saveFollowed(
      payload,
      user,
      ids.filter((id) => id !== projectId),
    )
}

export type FollowedProject = Pick<Project, 'id' | 'title' | 'slug' | 'status'> & {
  collectedCents: number
  minimumGoalCents: number
  optimumGoalCents: number
  endDate: string | null
}

/** The projects the user follows and may still see, with their progress, in the order followed. */
export async function followedProjectsOf(payload: Payload, user: SignedIn): Promise<FollowedProject[]> {
  const ids = await followedIds(payload, user)
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection: 'projects',
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    select: {
      title: true,
      slug: true,
      status: true,
      collectedCents: true,
      minimumGoalCents: true,
      optimumGoalCents: true,
      endDate: true,
    },
    user,
    overrideAccess: false,
  })
  const byId = new Map(docs.map((p) => [p.id, p]))
  return ids.flatMap((id) => {
    const p = byId.get(id)
    if (!p) return []
    return [
      {
        id: p.id,
        title: p.title,
        slug: p.slug,
        status: p.status,
        collectedCents: p.collectedCents ?? 0,
        minimumGoalCents: p.minimumGoalCents ?? 0,
        optimumGoalCents: p.optimumGoalCents ?? 0,
        endDate: p.endDate ?? null,
      },
    ]
  })
}

/** Addresses of the accounts that follow a project (erased accounts follow nothing). */
export async function projectFollowers(payload: Payload, projectId: number): Promise<string[]> {
  // SQL text: a DISTINCT of lower-cased addresses over a join of Payload's relation table.
  const { rows } = await sqlQuery(
    payload,
    `SELECT DISTINCT lower(u.email) AS email FROM users_rels r JOIN users u ON u.id = r.parent_id
     WHERE r.path = 'followedProjects' AND r.projects_id = $1 AND u.erased_at IS NULL`,
    [projectId],
  )
  return rows.map((r) => r.email as string)
}
