import Link from 'next/link'
import type { ServerProps } from 'payload'

import { hasRole } from '@/domain/access/roles'

const LIST = '/admin/collections/pages?where[placeholder][equals]=true'

/** On the dashboard of admins and editors: the pages still holding the installation's placeholder text. */
export async function PlaceholderPages({ payload, user }: ServerProps) {
  if (!hasRole(user as { roles?: string[] } | undefined, 'admin', 'editor')) return null
  const { docs, totalDocs } = await payload.find({
    collection: 'pages',
    where: { placeholder: { equals: true } },
    sort: 'title',
    limit: 12,
    depth: 1,
    select: { title: true, tenant: true },
    user,
    overrideAccess: false,
  })
  if (totalDocs === 0) return null
  return (
    <section style={{ marginBottom: '2rem' }} aria-labelledby="placeholder-pages">
      <h2 id="placeholder-pages">Pages à rédiger</h2>
      <p>
        {totalDocs} page{totalDocs > 1 ? 's' : ''} affiche{totalDocs > 1 ? 'nt' : ''} encore le texte provisoire de
        l’installation :
      </p>
      <ul>
        {docs.map((page) => (
          <li key={page.id}>
            <Link href={`/admin/collections/pages/${page.id}`}>{page.title}</Link>
            {typeof page.tenant === 'object' && page.tenant ? ` (${page.tenant.name})` : null}
          </li>
        ))}
      </ul>
      {totalDocs > docs.length ? (
        <p>
          <Link href={LIST}>Voir toutes les pages à rédiger</Link>
        </p>
      ) : null}
    </section>
  )
}
