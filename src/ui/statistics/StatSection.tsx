import type { StatTable } from '@/domain/statistics/tables'

import { chartSize, chartSvg } from '@/domain/statistics/chart-svg'
import { formatCell } from './format-cell'

/** A public statistics table's CSV or chart, for a period's query string (app/(sites)/[site]/chiffres-cles/donnees). */
export const statFileHref = (tableId: string, format: 'csv' | 'svg', search: string) =>
  `/chiffres-cles/donnees/${tableId}.${format}${search}`

type Props = {
  table: StatTable
  /** Where the table's CSV is downloaded; none in the PDF-like report if omitted. */
  csvHref?: string
  /**
   * Where the chart's SVG is served (the public pages): the page then shows it as an image from that
   * URL instead of writing it inline, where Next.js would write it twice (in the HTML and in the page's
   * RSC payload): ~15 kB a chart, a dozen charts a page. Inline if omitted (the admin).
   */
  chartHref?: string
  headingLevel?: 'h2' | 'h3'
}

/**
 * One statistics table: its chart (a static SVG) when it has one, then the table itself, which is the
 * chart's text equivalent (RGAA), its notes and its CSV export. Works without JavaScript.
 */
export function StatSection({ table, csvHref, chartHref, headingLevel = 'h2' }: Props) {
  const Heading = headingLevel
  const headingId = `tableau-${table.id}`
  const captionId = `graphique-${table.id}`
  const svg = chartSvg(table, captionId)
  return (
    <section className="stat-section" aria-labelledby={headingId}>
      <Heading id={headingId}>{table.title}</Heading>
      {svg ? (
        <figure className="stat-chart">
          {chartHref ? (
            // eslint-disable-next-line @next/next/no-img-element -- an SVG drawn by the server, at its own size
            <img
              className="stat-chart__svg"
              src={chartHref}
              alt={`Graphique : ${table.caption}`}
              aria-labelledby={captionId}
              {...chartSize(svg)}
              loading="lazy"
              decoding="async"
            />
          ) : (
            <div dangerouslySetInnerHTML={{ __html: svg }} />
          )}
          <figcaption id={captionId}>
            Graphique : {table.caption}. Les données du graphique figurent dans le tableau qui suit.
          </figcaption>
        </figure>
      ) : null}
      <div className="stat-table-wrapper" tabIndex={0} role="region" aria-label={`Tableau : ${table.title}`}>
        <table className="stat-table" id={`donnees-${table.id}`}>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length}>Aucune donnée pour cette période.</td>
              </tr>
            ) : (
              table.rows.map((row, index) => (
                <tr key={index}>
                  {table.columns.map((c, i) =>
                    i === 0 ? (
                      <th key={c.key} scope="row">
                        {formatCell(row[c.key], c.kind)}
                      </th>
                    ) : (
                      <td key={c.key} className={c.kind === 'text' ? undefined : 'stat-table__number'}>
                        {formatCell(row[c.key], c.kind)}
                      </td>
                    ),
                  )}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {table.notes?.length ? (
        <ul className="stat-notes">
          {table.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {csvHref ? (
        <p>
          <a href={csvHref} download>
            Télécharger le tableau « {table.title} » (CSV)
          </a>
        </p>
      ) : null}
    </section>
  )
}
