import Link from 'next/link'
import type { ServerProps, Where } from 'payload'

import { hasRole } from '@/domain/access/roles'

import { listHref } from './RoleDashboards'

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
  const count = async (where: Where) =>
    (await payload.count({ collection: 'projects', where, user, overrideAccess: false })).totalDocs
  const stages = [
    { label: 'soumis, à prendre en relecture', where: { status: { equals: 'submitted' } } },
    { label: 'en relecture', where: { status: { equals: 'in_review' } } },
    {
      label: 'en attente des modifications demandées à l’enseignant',
      where: { status: { equals: 'changes_requested' } },
    },
    {
      label: 'approuvés, en attente de la validation de l’école',
      where: { status: { equals: 'awaiting_school_validation' } },
    },
  ]
  const counts = await Promise.all(stages.map((stage) => count(stage.where as Where)))
  const labelsToConfirm = await count({
    and: [
      { status: { in: ['submitted', 'in_review'] } },
      { courteEchelleSuggestion: { exists: true } },
      { courteEchelle: { not_equals: true } },
    ],
  })
  return (
    <section style={{ marginBottom: '2rem' }} aria-labelledby="moderation-queue" data-dashboard="moderation-queue">
      <h2 id="moderation-queue">File de modération</h2>
      <ul>
        {stages.map((stage, i) => (
          <li key={stage.label} data-count={counts[i]}>
            <Link href={listHref('projects', { status: { equals: String(stage.where.status.equals) } }, 'updatedAt')}>
              <strong>{counts[i]}</strong> projet{counts[i] > 1 ? 's' : ''} {stage.label}
            </Link>
          </li>
        ))}
        {labelsToConfirm ? (
          <li data-count={labelsToConfirm}>
            <Link
              href={listHref('projects', {
                status: { in: ['submitted', 'in_review'] },
                courteEchelleSuggestion: { exists: 'true' },
                courteEchelle: { not_equals: 'true' },
              })}
            >
              <strong>{labelsToConfirm}</strong> label{labelsToConfirm > 1 ? 's' : ''} Courte Échelle suggéré
              {labelsToConfirm > 1 ? 's' : ''} à confirmer
            </Link>
          </li>
        ) : null}
      </ul>
      {totalDocs === 0 ? (
        <p>Aucun projet n’attend de relecture.</p>
      ) : (
        <>
          <p>
            {totalDocs} projet{totalDocs > 1 ? 's' : ''} à relire (soumis ou en relecture), du plus ancien au plus
            récent :
          </p>
          <ul>
            {docs.map((project) => (
              <li key={project.id}>
                <Link href={`/admin/collections/projects/${project.id}`}>{project.title}</Link> (
                {project.status === 'submitted' ? 'soumis' : 'en relecture'})
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
