import Link from 'next/link'
import { notFound } from 'next/navigation'

import { type PeriodKind, parsePeriodKind, parseYear, periodLabel } from '@/domain/statistics/periods'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { loadStatisticsCached } from '@/services/statistics/statistics'
import { tneIndicators, tneTables, tneYears } from '@/services/statistics/tne'
import { SITE_KINDS, getSiteByHost } from '@/sites/registry'
import { formatCell } from '@/ui/statistics/format-cell'
import { StatSection, statFileHref } from '@/ui/statistics/StatSection'

const query = (year: number, kind: PeriodKind) => `?annee=${year}${kind === 'school' ? '&periode=scolaire' : ''}`

/**
 * /chiffres-cles: the statistics of the crowdfunding site (aggregates only: no person appears), or
 * the TNE indicators on the TNE site. Every chart is followed by its data table and a CSV export; a
 * GET form chooses the period, so the page works without JavaScript. Shared by the default period's
 * page (page.tsx) and the others' (periode/[query]), both cached (ISR): `search` is the canonical
 * query that src/proxy.ts puts in the path.
 */
export async function KeyFiguresView({ host, search }: { host: string; search: { annee?: string; periode?: string } }) {
  const site = await getSiteByHost(host)
  if (!site) notFound()
  const payload = await getPayloadOrUnavailable()
  const requestedYear = parseYear(search.annee)
  if (site.kind !== SITE_KINDS.projets) return <TneKeyFigures requestedYear={requestedYear} />

  const kind = parsePeriodKind(search.periode)
  const statistics = await loadStatisticsCached(payload, { year: requestedYear, kind })
  const { year, current } = statistics
  const label = periodLabel(year, kind)
  const gifts = statistics.tables.find((t) => t.id === 'dons')?.rows[0]
  return (
    <>
      <h1>Chiffres clés</h1>
      <p>
        Les chiffres du financement participatif des projets d’école, calculés à partir des données du portail et de
        l’historique de l’ancienne plateforme. Ils ne contiennent que des totaux : aucun donateur ni aucun enseignant
        n’y figure.
      </p>
      <form method="get" action="/chiffres-cles" className="filters" aria-label="Choisir la période">
        <YearSelect year={year} years={statistics.periods} label={(y) => periodLabel(y, kind)} />
        <p>
          <label htmlFor="periode">Période</label>
          <select id="periode" name="periode" defaultValue={kind === 'school' ? 'scolaire' : 'civile'}>
            <option value="civile">Année civile (janvier à décembre)</option>
            <option value="scolaire">Année scolaire (septembre à août)</option>
          </select>
        </p>
        <p>
          <button type="submit">Afficher</button>
        </p>
      </form>

      <h2>En {label}</h2>
      <dl className="key-figures">
        <div>
          <dt>Collectes terminées</dt>
          <dd>{formatCell(current.completed, 'count')}</dd>
        </div>
        <div>
          <dt>Taux de réussite</dt>
          <dd>{formatCell(current.successRate, 'percent')}</dd>
        </div>
        <div>
          <dt>Montant moyen collecté par projet</dt>
          <dd>{formatCell(current.averageCollectedCents, 'cents')}</dd>
        </div>
        <div>
          <dt>Dons</dt>
          <dd>
            {formatCell(gifts?.count ?? null, 'count')} dons pour {formatCell(gifts?.cents ?? null, 'cents')}
          </dd>
        </div>
      </dl>
      {kind === 'calendar' ? (
        <p>
          <Link href={`/chiffres-cles/rapport/${year}`}>Rapport d’activité {year}</Link> (page web) ·{' '}
          <a href={`/chiffres-cles/rapport/${year}/pdf`}>Rapport d’activité {year} (PDF)</a>
        </p>
      ) : null}

      <nav aria-label="Tableaux de la page" className="stat-toc">
        <ul>
          {statistics.tables.map((t) => (
            <li key={t.id}>
              <a href={`#tableau-${t.id}`}>{t.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {statistics.tables.map((table) => (
        <StatSection
          key={table.id}
          table={table}
          csvHref={statFileHref(table.id, 'csv', query(year, kind))}
          chartHref={statFileHref(table.id, 'svg', query(year, kind))}
        />
      ))}
    </>
  )
}

/** The year chooser of the GET form: the years with figures, and the one shown even without. */
function YearSelect({ year, years, label }: { year: number; years: number[]; label: (year: number) => string }) {
  return (
    <p>
      <label htmlFor="annee">Année</label>
      <select id="annee" name="annee" defaultValue={String(year)}>
        {(years.includes(year) ? years : [year, ...years]).map((y) => (
          <option key={y} value={y}>
            {label(y)}
          </option>
        ))}
      </select>
    </p>
  )
}

async function TneKeyFigures({ requestedYear }: { requestedYear: number | null | undefined }) {
  const payload = await getPayloadOrUnavailable()
  const { years, defaultYear } = await tneYears(payload)
  const year = requestedYear ?? defaultYear
  const indicators = await tneIndicators(payload, year)
  return (
    <>
      <h1>Chiffres clés</h1>
      <p>
        Les indicateurs du volet « Parentalité et Numérique » des Territoires numériques éducatifs, par territoire. Ils
        ne contiennent que des totaux.
      </p>
      <form method="get" action="/chiffres-cles" className="filters" aria-label="Choisir l’année">
        <YearSelect year={year} years={years} label={String} />
        <p>
          <button type="submit">Afficher</button>
        </p>
      </form>
      {indicators ? (
        tneTables(indicators, year).map((table) => (
          <StatSection
            key={table.id}
            table={table}
            csvHref={statFileHref(table.id, 'csv', `?annee=${year}`)}
            chartHref={statFileHref(table.id, 'svg', `?annee=${year}`)}
          />
        ))
      ) : (
        <p>Les indicateurs de {year} ne sont pas encore disponibles.</p>
      )}
    </>
  )
}
