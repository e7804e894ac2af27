import Link from 'next/link'
import type { ServerProps } from 'payload'

import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { type IndicatorRow, totalIndicators } from '@/domain/tne/indicators'
import { PARTNER_KINDS, PARTNER_KIND_LABELS } from '@/domain/tne/options'
import type { User } from '@/payload-types'
import { loadIndicators } from '@/services/tne/indicators'

const cell = {
  padding: '0.25rem 0.5rem',
  borderBottom: '1px solid var(--theme-elevation-150)',
  textAlign: 'right' as const,
}

/** On the dashboard of coordinators and admins: TNE indicators per territory and year, with the exports. */
export async function TneDashboard({ payload, user }: ServerProps) {
  const reader = user as unknown as User | undefined
  if (!reader || !hasRole(reader, 'admin', 'coordinator')) return null
  const scope = hasRole(reader, 'admin') ? undefined : relationIds(reader.territories).map(Number)
  const rows = (await loadIndicators(payload, { user: reader }, scope)).sort(
    (a, b) => b.year - a.year || a.territory.localeCompare(b.territory, 'fr'),
  )
  const kinds = PARTNER_KINDS.filter((k) => rows.some((r) => r.partnersByKind[k] > 0))
  // Each year's territories, then (for admins, or several territories) their total.
  const years = [...new Set(rows.map((r) => r.year))]
  const lines: (IndicatorRow & { total?: boolean })[] = years.flatMap((year) => {
    const ofYear = rows.filter((r) => r.year === year)
    return ofYear.length > 1
      ? [
          ...ofYear,
          { ...totalIndicators(ofYear), territoryId: 0, territory: 'Tous les territoires', year, total: true },
        ]
      : ofYear
  })
  return (
    <section style={{ marginBottom: '2rem' }} aria-labelledby="tne-indicators">
      <h2 id="tne-indicators">Indicateurs Parentalité et Numérique</h2>
      {rows.length === 0 ? (
        <p>Aucune activité enregistrée pour vos territoires.</p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
            <caption style={{ textAlign: 'left', marginBottom: '0.5rem' }}>
              Par territoire et par année civile (partenaires : ceux des conventions signées dans l’année)
            </caption>
            <thead>
              <tr>
                <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                  Territoire
                </th>
                <th scope="col" style={cell}>
                  Année
                </th>
                <th scope="col" style={cell}>
                  Conventions signées
                </th>
                {kinds.map((k) => (
                  <th scope="col" style={cell} key={k}>
                    {PARTNER_KIND_LABELS[k]}
                  </th>
                ))}
                <th scope="col" style={cell}>
                  Initiatives
                </th>
                <th scope="col" style={cell}>
                  Ateliers réalisés
                </th>
                <th scope="col" style={cell}>
                  Parents touchés
                </th>
                <th scope="col" style={cell}>
                  Médiateurs formés
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((r) => (
                <tr
                  key={`${r.territoryId}-${r.year}`}
                  data-territory={r.territory}
                  data-year={r.year}
                  style={r.total ? { fontWeight: 'bold' } : undefined}
                >
                  <th scope="row" style={{ ...cell, textAlign: 'left' }}>
                    {r.territory}
                  </th>
                  <td style={cell}>{r.year}</td>
                  <td style={cell}>{r.conventionsSigned}</td>
                  {kinds.map((k) => (
                    <td style={cell} key={k}>
                      {r.partnersByKind[k]}
                    </td>
                  ))}
                  <td style={cell}>{r.initiatives}</td>
                  <td style={cell}>{r.workshopsHeld}</td>
                  <td style={cell}>{r.parentsReached}</td>
                  <td style={cell}>{r.mediatorsTrained}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link href="/api/territories/indicators?format=csv">Exporter les indicateurs (CSV)</Link> ·{' '}
        <Link href="/api/form-submissions/results?format=csv">Exporter les résultats des questionnaires (CSV)</Link>
      </p>
    </section>
  )
}
