import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { daysLeft } from '@/domain/projects/campaign-clock'
import { parisDate } from '@/domain/projects/campaign-window'
import { FOLLOW_NOTICES, type FollowNotice } from '@/domain/projects/follow-notice'
import { PROJECT_STATUS_LABELS } from '@/domain/projects/status'
import { env } from '@/env'
import type { ProjectPicture } from '@/payload-types'
import { followProjectAction, unfollowProjectAction } from '@/actions/account'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { publicDonors } from '@/services/donations/donors'
import { programmeOffers, topUpLines } from '@/services/sponsors/project-programmes'
import { siteOrigin } from '@/sites/origins'
import { getSiteByHost } from '@/sites/registry'
import { formatDate, formatEuros } from '@/ui/format'
import { ProjectProgress } from '@/ui/ProjectProgress'
import { ShareLinks } from '@/ui/ShareLinks'

/** A public project (its campaign is or was open), as an anonymous visitor may see it. */
const loadProject = cache(async (host: string, slug: string) => {
  const site = await getSiteByHost(host)
  if (!site || site.slug !== 'projets') return null
  const payload = await getPayloadOrUnavailable()
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
    depth: 1,
    overrideAccess: false,
    select: { title: true, body: true, createdAt: true, pictures: true },
    populate: { 'project-pictures': { alt: true, url: true, sizes: true } },
  })
  const [donors, offers, topUps] = await Promise.all([publicDonors(payload, project.id), project.status === 'collecting' ? programmeOffers(payload, project.id) : [], topUpLines(payload, project.id)])
  return { ...project, news: news.docs, donors, offers, topUps, origin: siteOrigin(env, site.primaryDomain) }
})

/** The project page's title, description and sharing card; never indexed when it carries a notice. */
export async function projectMetadata(site: string, slug: string, notice?: FollowNotice): Promise<Metadata> {
  const project = await loadProject(site, slug)
  if (!project) return { title: 'Projet introuvable' }
  return {
    title: project.title,
    description: project.summary ?? undefined,
    alternates: { canonical: `/projets/${project.slug}` },
    robots: notice ? { index: false } : undefined,
    openGraph: {
      title: project.title,
      description: project.summary ?? undefined,
      type: 'article',
      images: coverOf(project)?.sizes?.large?.url ? [{ url: coverOf(project)!.sizes!.large!.url!, alt: coverOf(project)!.alt }] : undefined,
    },
  }
}

const coverOf = (project: { cover?: unknown }) => (project.cover && typeof project.cover === 'object' ? (project.cover as ProjectPicture) : null)

/**
 * A public project's page, the same for every visitor (it is cached): it never reads who is
 * visiting. `notice` is the message shown after following or unfollowing it.
 */
export async function ProjectView({ site, slug, notice }: { site: string; slug: string; notice?: FollowNotice }) {
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
      {notice ? (
        <p className="notice" role="status">
          {FOLLOW_NOTICES[notice]}
        </p>
      ) : null}
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
        {project.offers.length ? (
          <ul className="programme-offers" aria-label="Les mécènes qui soutiennent ce projet">
            {project.offers.map((offer) => (
              <li key={offer.id}>{offer.sponsorSlug ? <a href={`/mecenes/${offer.sponsorSlug}`}>{offer.sentence}</a> : offer.sentence}</li>
            ))}
          </ul>
        ) : null}
        {collecting ? (
          <p>
            <a className="button" href={`/projets/${project.slug}/don`}>
              Faire un don<span className="sr-only"> au projet « {project.title} »</span>
            </a>
          </p>
        ) : null}
        <ShareLinks url={pageUrl} title={project.title} />
        <FollowForm projectId={project.id} title={project.title} following={notice === 'oui'} />
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
              {(item.pictures ?? []).map((picture) =>
                typeof picture === 'object' && picture.url ? (
                  <img key={picture.id} className="news__picture" src={picture.sizes?.card?.url ?? picture.url} alt={picture.alt} width={320} height={200} loading="lazy" />
                ) : null,
              )}
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
      {project.topUps.length ? (
        <section aria-labelledby="abondements">
          <h2 id="abondements">Abondements des mécènes et du fonds solidaire</h2>
          <ul className="donors">
            {project.topUps.map((line) => (
              <li key={line.name}>
                {line.sponsorSlug ? <a href={`/mecenes/${line.sponsorSlug}`}>{line.name}</a> : line.name} — {formatEuros(line.amountCents)}
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

/** Follow (or, just after following, unfollow) the project: a server action that works without JavaScript. */
function FollowForm({ projectId, title, following }: { projectId: number; title: string; following: boolean }) {
  return (
    <form action={following ? unfollowProjectAction : followProjectAction} className="follow" id="suivre">
      <input type="hidden" name="projet" value={projectId} />
      {following ? null : <p>Recevez ses actualités par e-mail en suivant ce projet (un compte est nécessaire).</p>}
      <button type="submit" className="button-secondary">
        {following ? 'Ne plus suivre ce projet' : 'Suivre ce projet'}
        <span className="sr-only"> « {title} »</span>
      </button>
    </form>
  )
}
