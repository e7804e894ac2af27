import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { canSeeStatistics } from '@/domain/access/roles'
import { parsePeriodKind, parseYear, periodLabel } from '@/domain/statistics/periods'
import { statisticsForUser } from '@/services/statistics/for-user'
import { formatCell } from '@/ui/statistics/format-cell'
import { StatSection } from '@/ui/statistics/StatSection'

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)

/**
 * /admin/statistiques: the live statistics for the GIP's staff (admins, editors, moderators), with
 * every table's chart, data and CSV export (through /api/statistics), and the way to the yearly
 * report and its text. Anonymous visitors are sent to the login; other roles are refused.
 */
export async function StatisticsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user
  if (!user) redirect('/admin/login?redirect=%2Fadmin%2Fstatistiques')
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
  if (!canSeeStatistics(user))
    return template(
      <p role="alert">Les statistiques sont réservées à l’équipe du GIP (administrateurs, éditeurs, modérateurs).</p>,
    )
  const kind = parsePeriodKind(first(searchParams?.periode))
  const statistics = await statisticsForUser(req.payload, user, { year: parseYear(first(searchParams?.annee)), kind })
  const { year, current } = statistics
  const query = `annee=${year}&periode=${kind === 'school' ? 'scolaire' : 'civile'}`
  return template(
    <div className="statistics-dashboard">
      <h1>Statistiques</h1>
      <p>
        Chiffres calculés à l’instant à partir des données (collectes du portail et historique importé). La page
        publique « Chiffres clés » montre les mêmes tableaux.
      </p>
      <form
        method="get"
        action="/admin/statistiques"
        style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap', margin: '1rem 0' }}
      >
        <label>
          Année
          <br />
          <select name="annee" defaultValue={String(year)}>
            {(statistics.periods.length ? statistics.periods : [year]).map((y) => (
              <option key={y} value={y}>
                {periodLabel(y, kind)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Période
          <br />
          <select name="periode" defaultValue={kind === 'school' ? 'scolaire' : 'civile'}>
            <option value="civile">Année civile</option>
            <option value="scolaire">Année scolaire</option>
          </select>
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
          Afficher
        </button>
      </form>
      <p>
        En {statistics.label} : {formatCell(current.completed, 'count')} collectes terminées, taux de réussite{' '}
        {formatCell(current.successRate, 'percent')}, montant moyen collecté{' '}
        {formatCell(current.averageCollectedCents, 'cents')}.
      </p>
      <p>
        Rapport d’activité {year} : <a href={`/chiffres-cles/rapport/${year}`}>page publique</a> ·{' '}
        <a href={`/chiffres-cles/rapport/${year}/pdf`}>PDF</a> ·{' '}
        <a href="/admin/collections/activity-reports">texte des rédacteurs</a>
      </p>
      {statistics.tables.map((table) => (
        <StatSection key={table.id} table={table} csvHref={`/api/statistics?tableau=${table.id}&format=csv&${query}`} />
      ))}
    </div>,
  )
}
