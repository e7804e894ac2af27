import Link from 'next/link'
import type { ServerProps } from 'payload'

import { hasRole } from '@/domain/access/roles'

const QUEUE = '/admin/collections/projects?where[status][in][0]=submitted&where[status][in][1]=in_review&sort=updatedAt'

/** On the dashboard of moderators and admins: the projects waiting for review, oldest first. */
export async function ModerationQueue({ payload, user }: ServerProps) {
  if (!hasRole(user as { roles?: string[] } | undefined, 'admin', 'moderator')) return null
  const { docs, totalDocs } = await payload.find({
    collection: 'projects',
    where: { status: { in: ['submitted', 'in_review'] } },
    sort: 'updatedAt',
    limit: 5,
    depth: 0,
    select: { title: true, status: true },
    user,
    overrideAccess: false,
  })
  return (
    <section style={{ marginBottom: '2rem' }} aria-labelledby="moderation-queue">
      <h2 id="moderation-queue">File de modération</h2>
      {totalDocs === 0 ? (
        <p>Aucun projet n’attend de relecture.</p>
      ) : (
        <>
          <p>
            {totalDocs} projet{totalDocs > 1 ? 's' : ''} à relire (soumis ou en relecture), du plus ancien au plus récent :
          </p>
          <ul>
            {docs.map((project) => (
              <li key={project.id}>
                <Link href={`/admin/collections/projects/${project.id}`}>{project.title}</Link> ({project.status === 'submitted' ? 'soumis' : 'en relecture'})
              </li>
            ))}
          </ul>
          <p>
            <Link href={QUEUE}>Voir toute la file</Link>
          </p>
        </>
      )}
    </section>
  )
}
