import Link from 'next/link'
import type { ServerProps } from 'payload'

import { canSeeStatistics } from '@/domain/access/roles'

type WithRoles = { roles?: string[] } | undefined

/** On the dashboard of the GIP's staff: the way to the statistics. */
export function StatisticsLink({ user }: ServerProps) {
  if (!canSeeStatistics(user as WithRoles)) return null
  return (
    <section style={{ marginBottom: '2rem' }} aria-labelledby="statistics-link">
      <h2 id="statistics-link">Statistiques</h2>
      <p>
        <Link href="/admin/statistiques">Tableau de bord des statistiques</Link> : collectes, dons, fonds solidaire,
        publications, avec leurs exports CSV et le rapport d’activité annuel.
      </p>
    </section>
  )
}

/** In the admin's navigation, for the same people. */
export function StatisticsNavLink({ user }: ServerProps) {
  if (!canSeeStatistics(user as WithRoles)) return null
  return (
    <Link href="/admin/statistiques" className="nav__link" style={{ display: 'block', padding: '0.5rem 0' }}>
      Statistiques
    </Link>
  )
}
