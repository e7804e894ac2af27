import type { Metadata } from 'next'
import Link from 'next/link'

import { COHORT_PERIODS } from '@/domain/tne/options'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Les territoires', alternates: { canonical: '/territoires' } }

/** The 12 TNE départements, by cohort. */
export default async function TerritoriesPage() {
  const payload = await getPayloadOrUnavailable()
  const { docs } = await payload.find({
    collection: 'territories',
    pagination: false,
    depth: 0,
    sort: 'name',
    select: { name: true, slug: true, cohort: true, summary: true },
    overrideAccess: false,
  })
  return (
    <>
      <h1>Les territoires numériques éducatifs</h1>
      {(['pilot', 'extension'] as const).map((cohort) => (
        <section key={cohort} aria-labelledby={`cohorte-${cohort}`}>
          <h2 id={`cohorte-${cohort}`}>
            {cohort === 'pilot' ? 'Territoires pilotes' : 'Territoires de l’extension'} ({COHORT_PERIODS[cohort]})
          </h2>
          <ul>
            {docs
              .filter((t) => t.cohort === cohort)
              .map((t) => (
                <li key={t.slug}>
                  <Link href={`/territoires/${t.slug}`}>{t.name}</Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  )
}
