import Link from 'next/link'
import type { CollectionSlug, ServerProps, Where } from 'payload'

import { hasRole } from '@/domain/access/roles'

type Task = { label: string; count: number; href: string }

/** `where` as the admin's list reads it from its address (`where[status][in][0]=…`). */
export function listHref(
  collection: string,
  where: Record<string, Record<string, string | string[]>>,
  sort?: string,
): string {
  const params = new URLSearchParams()
  for (const [field, conditions] of Object.entries(where)) {
    for (const [operator, value] of Object.entries(conditions)) {
      if (Array.isArray(value)) value.forEach((v, i) => params.append(`where[${field}][${operator}][${i}]`, v))
      else params.append(`where[${field}][${operator}]`, value)
    }
  }
  if (sort) params.append('sort', sort)
  return `/admin/collections/${collection}?${params}`
}

/** A dashboard block: a heading and each task's count, linked to the list holding it. */
function TaskList({ id, title, tasks, empty }: { id: string; title: string; tasks: Task[]; empty: string }) {
  const open = tasks.filter((t) => t.count > 0)
  return (
    <section style={{ marginBottom: '2rem' }} aria-labelledby={id} data-dashboard={id}>
      <h2 id={id}>{title}</h2>
      {open.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {open.map((task) => (
            <li key={task.label} data-count={task.count}>
              <Link href={task.href}>
                <strong>{task.count}</strong> {task.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

type Reader = NonNullable<ServerProps['user']>

/** Counts documents as the user may see them (their access rules scope them to their territories or structures). */
const countAs = async (payload: ServerProps['payload'], user: Reader, collection: CollectionSlug, where: Where) =>
  (await payload.count({ collection, where, user, overrideAccess: false })).totalDocs

/** On a coordinator's dashboard: the conventions, fund calls and workshops waiting for them. */
export async function CoordinatorTasks({ payload, user }: ServerProps) {
  if (!user || !hasRole(user as never, 'coordinator')) return null
  const now = new Date().toISOString()
  const count = (collection: CollectionSlug, where: Where) => countAs(payload, user, collection, where)
  const tasks: Task[] = [
    {
      label: 'convention(s) en brouillon, à envoyer au partenaire',
      count: await count('conventions', { status: { equals: 'draft' } }),
      href: listHref('conventions', { status: { equals: 'draft' } }),
    },
    {
      label: 'convention(s) envoyée(s), en attente de signature',
      count: await count('conventions', { status: { equals: 'sent' } }),
      href: listHref('conventions', { status: { equals: 'sent' } }),
    },
    {
      label: 'convention(s) signée(s), à démarrer',
      count: await count('conventions', { status: { equals: 'signed' } }),
      href: listHref('conventions', { status: { equals: 'signed' } }),
    },
    // Approval needs a second person: the calls they requested themselves wait for someone else.
    {
      label: 'appel(s) de fonds à approuver ou refuser',
      count: await count('fund-calls', {
        and: [{ status: { equals: 'requested' } }, { requestedBy: { not_equals: user.id } }],
      }),
      href: listHref('fund-calls', { status: { equals: 'requested' }, requestedBy: { not_equals: String(user.id) } }),
    },
    {
      label: 'atelier(s) passé(s) : indiquer s’ils ont eu lieu et le nombre de participants',
      count: await count('workshops', { and: [{ status: { equals: 'planned' } }, { startsAt: { less_than: now } }] }),
      href: listHref('workshops', { status: { equals: 'planned' }, startsAt: { less_than: now } }, 'startsAt'),
    },
    {
      label: 'atelier(s) à venir',
      count: await count('workshops', {
        and: [{ status: { equals: 'planned' } }, { startsAt: { greater_than_equal: now } }],
      }),
      href: listHref('workshops', { status: { equals: 'planned' }, startsAt: { greater_than_equal: now } }, 'startsAt'),
    },
  ]
  return (
    <TaskList
      id="coordinator-tasks"
      title="Mes conventions et ateliers à traiter"
      tasks={tasks}
      empty="Rien à traiter : aucune convention ni aucun atelier n’attend d’action."
    />
  )
}

/** On a structure manager's dashboard: the receipts waiting for their decision, and those of the year. */
export async function ReceiptsToIssue({ payload, user }: ServerProps) {
  if (!user || !hasRole(user as never, 'structure-manager')) return null
  const year = new Date().getFullYear()
  const count = (where: Where) => countAs(payload, user, 'fiscal-receipts', where)
  const tasks: Task[] = [
    {
      label: 'reçu(s) signalé(s) (contrepartie à vérifier) : émettre ou non',
      count: await count({ status: { equals: 'flagged' } }),
      href: listHref('fiscal-receipts', { status: { equals: 'flagged' } }),
    },
    {
      label: `reçu(s) émis en ${year}`,
      count: await count({ and: [{ status: { equals: 'live' } }, { year: { equals: year } }] }),
      href: listHref('fiscal-receipts', { year: { equals: String(year) } }),
    },
    {
      label: `reçu(s) émis en ${year - 1} (année à déclarer)`,
      count: await count({ and: [{ status: { equals: 'live' } }, { year: { equals: year - 1 } }] }),
      href: listHref('fiscal-receipts', { year: { equals: String(year - 1) } }),
    },
  ]
  return (
    <TaskList
      id="receipts-to-issue"
      title="Mes reçus fiscaux"
      tasks={tasks}
      empty="Aucun reçu à traiter. Les reçus sont émis automatiquement quand l’argent est définitif."
    />
  )
}
