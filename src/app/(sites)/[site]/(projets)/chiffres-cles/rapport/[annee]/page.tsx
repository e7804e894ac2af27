import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { parseYear } from '@/domain/statistics/periods'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { loadActivityReport } from '@/services/statistics/report'
import { StatSection, statFileHref } from '@/ui/statistics/StatSection'

// ISR (issue 18): one cached page per year, re-rendered at most every 60 s (the figures are kept 5
// minutes in memory); an editor's change to a report drops it at once (revalidateActivityReports).
export const revalidate = 60
export async function generateStaticParams(): Promise<{ annee: string }[]> {
  return []
}

type Props = { params: Promise<{ site: string; annee: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Rapport d’activité ${(await params).annee}` }
}

/** The yearly activity report as a web page: the editors' text around figures from the data. */
export default async function ActivityReportPage({ params }: Props) {
  const year = parseYear((await params).annee)
  if (!year) notFound()
  const report = await loadActivityReport(await getPayloadOrUnavailable(), year)
  if (!report) notFound()
  return (
    <article className="activity-report">
      <h1>{report.title}</h1>
      <p>
        Chiffres de l’année civile {year}, calculés à partir des données du portail (et de l’historique de l’ancienne
        plateforme). <a href={`/chiffres-cles/rapport/${year}/pdf`}>Télécharger le rapport (PDF)</a>
      </p>
      {report.sections.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`}>
          <h2 id={`section-${section.key}`}>{section.title}</h2>
          {section.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {section.empty ? <p>{section.empty}</p> : null}
          {section.tables.map((table) => (
            <StatSection
              key={table.id}
              table={table}
              headingLevel="h3"
              csvHref={table.id === 'tne' ? undefined : statFileHref(table.id, 'csv', `?annee=${year}`)}
              chartHref={table.id === 'tne' ? undefined : statFileHref(table.id, 'svg', `?annee=${year}`)}
            />
          ))}
        </section>
      ))}
    </article>
  )
}
