import config from '@payload-config'
import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import { cache } from 'react'

import { daysLeft } from '@/domain/projects/campaign-clock'
import { parisDate } from '@/domain/projects/campaign-window'
import { PROJECT_STATUS_LABELS } from '@/domain/projects/status'
import { env } from '@/env'
import type { ProjectPicture } from '@/payload-types'
import { publicDonors } from '@/services/donations/donors'
import { siteOrigin } from '@/sites/origins'
import { getSiteByHost } from '@/sites/registry'
import { formatDate, formatEuros } from '@/ui/format'
import { ProjectProgress } from '@/ui/ProjectProgress'
import { ShareLinks } from '@/ui/ShareLinks'

// Incremental static regeneration: each page is rendered on its first visit, then served from
// Next's cache and re-rendered at most every 60 s, or at once after a change (project and news
// hooks, src/services/cache). Everything here must be public: no cookies() or headers().
export const revalidate = 60
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [] // none at build time: rendered on demand
}

type Props = { params: Promise<{ site: string; slug: string }> }

/** A public project (its campaign is or was open), as an anonymous visitor may see it. */
const loadProject = cache(async (host: string, slug: string) => {
  const site = await getSiteByHost(host)
  if (!site || site.slug !== 'projets') return null
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'projects',
    where: { slug: { equals: decodeURIComponent(slug) } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
    select: {
      title: true, slug: true, status: true, summary: true, description: true, pedagogicalGoals: true, establishment: true, themes: true, budgetLines: true,
      minimumGoalCents: true, optimumGoalCents: true, collectedCents: true, donorCount: true, startDate: true, endDate: true, courteEchelle: true, pupils: true,
      cover: true,
    },
    populate: { establishments: { name: true, commune: true }, themes: { name: true }, 'project-pictures': { alt: true, url: true, width: true, height: true, sizes: true } },
  })
  const project = docs[0]
  if (!project) return null
  const news = await payload.find({
    collection: 'project-news',
    where: { and: [{ project: { equals: project.id } }, { visibility: { equals: 'public' } }] },
    sort: '-createdAt',
    limit: 20,
    depth: 0,
    overrideAccess: false,
    select: { title: true, body: true, createdAt: true },
  })
  return { ...project, news: news.docs, donors: await publicDonors(payload, project.id), origin: siteOrigin(env, site.primaryDomain) }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site, slug } = await params
  const project = await loadProject(site, slug)
  if (!project) return { title: 'Projet introuvable' }
  return {
    title: project.title,
    description: project.summary ?? undefined,
    alternates: { canonical: `/projets/${project.slug}` },
    openGraph: {
      title: project.title,
      description: project.summary ?? undefined,
      type: 'article',
      images: coverOf(project)?.sizes?.large?.url ? [{ url: coverOf(project)!.sizes!.large!.url!, alt: coverOf(project)!.alt }] : undefined,
    },
  }
}

const coverOf = (project: { cover?: unknown }) => (project.cover && typeof project.cover === 'object' ? (project.cover as ProjectPicture) : null)

export default async function ProjectPage({ params }: Props) {
  const { site, slug } = await params
  const project = await loadProject(site, slug)
  if (!project) notFound()
  const establishment = typeof project.establishment === 'object' ? project.establishment : null
  const themes = (project.themes ?? []).flatMap((t) => (typeof t === 'object' ? [t.name] : []))
  const collecting = project.status === 'collecting'
  const cover = coverOf(project)
  const pageUrl = `${project.origin}/projets/${project.slug}`
  return (
    <article className="project">
      <h1>{project.title}</h1>
      {cover?.url ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img className="project__cover" src={cover.sizes?.large?.url ?? cover.url} alt={cover.alt} width={cover.sizes?.large?.width ?? cover.width ?? undefined} height={cover.sizes?.large?.height ?? cover.height ?? undefined} />
      ) : null}
      <p className="card__meta">
        {establishment ? `${establishment.name}, ${establishment.commune}` : null}
        {project.courteEchelle ? ' · Courte Échelle' : ''}
        {themes.length ? ` · ${themes.join(', ')}` : ''}
      </p>
      {project.summary ? <p className="page__intro">{project.summary}</p> : null}
      <section aria-labelledby="collecte">
        <h2 id="collecte">La collecte</h2>
        <p>
          {PROJECT_STATUS_LABELS[project.status]}
          {collecting && project.endDate ? ` · ${daysLeft(project.endDate, parisDate(new Date()))} jour(s) restant(s), jusqu’au ${formatDate(project.endDate)}` : ''}
        </p>
        <ProjectProgress id="projet" collectedCents={project.collectedCents ?? 0} minimumGoalCents={project.minimumGoalCents ?? 0} optimumGoalCents={project.optimumGoalCents ?? 0} />
        <p>
          {project.donorCount ?? 0} donateur{(project.donorCount ?? 0) > 1 ? 's' : ''}
        </p>
        {collecting ? (
          <p>
            <a className="button" href={`/projets/${project.slug}/don`}>
              Faire un don<span className="sr-only"> au projet « {project.title} »</span>
            </a>
          </p>
        ) : null}
        <ShareLinks url={pageUrl} title={project.title} />
      </section>
      {project.description ? (
        <section aria-labelledby="description">
          <h2 id="description">Le projet</h2>
          <RichText className="prose" data={project.description} />
        </section>
      ) : null}
      {project.pedagogicalGoals ? (
        <section aria-labelledby="objectifs">
          <h2 id="objectifs">Objectifs pédagogiques</h2>
          <p>{project.pedagogicalGoals}</p>
        </section>
      ) : null}
      {project.news.length ? (
        <section aria-labelledby="actualites">
          <h2 id="actualites">Actualités</h2>
          {project.news.map((item) => (
            <article key={item.id}>
              <h3>{item.title}</h3>
              <p className="card__meta">
                Publiée le <time dateTime={item.createdAt}>{formatDate(item.createdAt.slice(0, 10))}</time>
              </p>
              <p style={{ whiteSpace: 'pre-line' }}>{item.body}</p>
            </article>
          ))}
        </section>
      ) : null}
      {project.donors.length ? (
        <section aria-labelledby="donateurs">
          <h2 id="donateurs">Ils soutiennent le projet</h2>
          <ul className="donors">
            {project.donors.map((donor, i) => (
              <li key={i}>
                {donor.name}
                {donor.amountCents !== null ? ` — ${formatEuros(donor.amountCents)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {project.budgetLines?.length ? (
        <section aria-labelledby="budget">
          <h2 id="budget">Budget</h2>
          <table>
            <caption className="sr-only">Budget prévisionnel du projet</caption>
            <thead>
              <tr>
                <th scope="col">Poste</th>
                <th scope="col">Montant</th>
              </tr>
            </thead>
            <tbody>
              {project.budgetLines.map((line) => (
                <tr key={line.id ?? line.label}>
                  <td>{line.label}</td>
                  <td>{formatEuros(line.amountCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </article>
  )
}
