import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { ESTABLISHMENT_KINDS } from '@/domain/establishments/establishment'
import { parisDate } from '@/domain/projects/campaign-window'
import { PROJECT_KINDS, PROJECT_LEVELS, labelOf } from '@/domain/projects/options'
import { centsPerEuro, daysLeftWording, donorWall, othersWording, outcomeWording } from '@/domain/projects/project-page'
import { FOLLOW_NOTICES, type FollowNotice } from '@/domain/projects/follow-notice'
import type { ProjectPicture } from '@/payload-types'
import { followProjectAction, unfollowProjectAction } from '@/actions/account'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { publicDonors } from '@/services/donations/donors'
import { programmeOffers, topUpLines } from '@/services/sponsors/project-programmes'
import { SITE_KINDS, getSiteByHost, siteUrl } from '@/sites/registry'
import { formatDate, formatEuros } from '@/ui/format'
import { GiveBar, GiveBox } from '@/ui/project/GiveBox'
import { Picture } from '@/ui/project/Picture'
import { ShareLinks } from '@/ui/ShareLinks'
import '@/ui/crowdfunding.css'

/**
 * A public project (its campaign is or was open), as an anonymous visitor may see it. The pictures'
 * URLs are computed from their file names: selected with them, or the page has no picture.
 */
const loadProject = cache(async (host: string, slug: string) => {
  const site = await getSiteByHost(host)
  if (site?.kind !== SITE_KINDS.projets) return null
  const payload = await getPayloadOrUnavailable()
  const { docs } = await payload.find({
    collection: 'projects',
    where: { slug: { equals: decodeURIComponent(slug) } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
    select: {
      title: true,
      slug: true,
      status: true,
      summary: true,
      description: true,
      pedagogicalGoals: true,
      establishment: true,
      themes: true,
      budgetLines: true,
      minimumGoalCents: true,
      optimumGoalCents: true,
      collectedCents: true,
      donorCount: true,
      startDate: true,
      endDate: true,
      courteEchelle: true,
      pupils: true,
      cover: true,
      gallery: true,
      level: true,
      kind: true,
      nights: true,
    },
    populate: {
      establishments: { name: true, commune: true, kind: true },
      themes: { name: true },
      'project-pictures': { alt: true, filename: true, url: true, width: true, height: true, sizes: true },
    },
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
  const [donors, offers, topUps] = await Promise.all([
    publicDonors(payload, project.id, 30),
    project.status === 'collecting' ? programmeOffers(payload, project.id) : [],
    topUpLines(payload, project.id),
  ])
  return { ...project, news: news.docs, donors, offers, topUps, pageUrl: siteUrl(site, `/projets/${project.slug}`) }
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
      images: coverOf(project)?.sizes?.large?.url
        ? [{ url: coverOf(project)!.sizes!.large!.url!, alt: coverOf(project)!.alt }]
        : undefined,
    },
  }
}

const coverOf = (project: { cover?: unknown }) =>
  project.cover && typeof project.cover === 'object' ? (project.cover as ProjectPicture) : null

/**
 * A public project's page, the same for every visitor (it is cached): it never reads who is
 * visiting. `notice` is the message shown after following or unfollowing it. The anatomy of the
 * best project pages: the cover and the gallery, the give box beside the story (fixed at the
 * bottom on phones), the teacher's story, the budget, news newest first, and the donors' wall.
 */
export async function ProjectView({ site, slug, notice }: { site: string; slug: string; notice?: FollowNotice }) {
  const project = await loadProject(site, slug)
  if (!project) notFound()
  const establishment = typeof project.establishment === 'object' ? project.establishment : null
  const themes = (project.themes ?? []).flatMap((t) => (typeof t === 'object' ? [t.name] : []))
  const collecting = project.status === 'collecting'
  const cover = coverOf(project)
  const gallery = (project.gallery ?? []).flatMap((p) =>
    typeof p === 'object' && p.url && p.id !== cover?.id ? [p] : [],
  )
  const daysLeft = collecting && project.endDate ? daysLeftWording(project.endDate, parisDate(new Date())) : null
  const box = {
    slug: project.slug,
    title: project.title,
    collectedCents: project.collectedCents ?? 0,
    minimumGoalCents: project.minimumGoalCents ?? 0,
    optimumGoalCents: project.optimumGoalCents ?? 0,
    donorCount: project.donorCount ?? 0,
    daysLeft,
    endDate: project.endDate ?? null,
  }
  const outcome = outcomeWording(project.status)
  const wall = donorWall(project.donors, DONOR_WALL_SIZE, project.donorCount ?? 0)
  const budget = project.budgetLines ?? []
  const perEuro = centsPerEuro(budget)
  return (
    <article className={`project${collecting ? ' project--collecting' : ''}`}>
      <header className="project__head">
        <p className="project__kicker">
          {[
            establishment ? `${establishment.name}, ${establishment.commune}` : null,
            project.courteEchelle ? 'Courte Échelle' : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <h1>{project.title}</h1>
        {project.summary ? <p className="page__intro">{project.summary}</p> : null}
      </header>
      {notice ? (
        <p className="notice" role="status">
          {FOLLOW_NOTICES[notice]}
        </p>
      ) : null}
      <div className="project__layout">
        {cover?.url ? (
          <figure className="project__media">
            <Picture className="project__cover" picture={cover} alt={cover.alt} sizes={COVER_SIZES} eager />
          </figure>
        ) : null}
        <GiveBox
          {...box}
          collecting={collecting}
          offers={project.offers}
          outcome={outcome && { title: outcome.title, text: outcome.outcome === 'settling' ? outcome.text : null }}
        />
        <div className="project__main">
          {gallery.length ? (
            <section aria-labelledby="galerie" className="project__gallery">
              <h2 id="galerie" className="sr-only">
                Photos du projet
              </h2>
              <ul>
                {gallery.map((picture) => (
                  <li key={picture.id}>
                    <Picture picture={picture} alt={picture.alt} sizes={GALLERY_SIZES} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {outcome && outcome.outcome !== 'settling' ? (
            <section aria-labelledby="resultat" className={`project__outcome project__outcome--${outcome.outcome}`}>
              <h2 id="resultat">{outcome.title}</h2>
              <p>{outcome.text}</p>
            </section>
          ) : null}
          <section aria-labelledby="histoire">
            <h2 id="histoire">L’histoire du projet</h2>
            {project.description ? <RichText className="prose" data={project.description} /> : null}
            <dl className="project__facts">
              {establishment ? (
                <div>
                  <dt>L’établissement</dt>
                  <dd>
                    {establishment.name}, {establishment.commune}
                    {establishment.kind ? ` (${labelOf(ESTABLISHMENT_KINDS, establishment.kind)})` : ''}
                  </dd>
                </div>
              ) : null}
              {project.level ? (
                <div>
                  <dt>La classe</dt>
                  <dd>
                    {labelOf(PROJECT_LEVELS, project.level)}
                    {project.pupils ? ` · ${project.pupils} élève${project.pupils > 1 ? 's' : ''}` : ''}
                  </dd>
                </div>
              ) : null}
              {project.kind ? (
                <div>
                  <dt>Le projet</dt>
                  <dd>
                    {labelOf(PROJECT_KINDS, project.kind)}
                    {project.nights ? ` · ${project.nights} nuit${project.nights > 1 ? 's' : ''}` : ''}
                  </dd>
                </div>
              ) : null}
              {themes.length ? (
                <div>
                  <dt>Thématiques</dt>
                  <dd>{themes.join(', ')}</dd>
                </div>
              ) : null}
            </dl>
          </section>
          {project.pedagogicalGoals ? (
            <section aria-labelledby="objectifs">
              <h2 id="objectifs">Objectifs pédagogiques</h2>
              <p className="project__goals">{project.pedagogicalGoals}</p>
            </section>
          ) : null}
          {budget.length ? (
            <section aria-labelledby="budget">
              <h2 id="budget">À quoi servent les dons</h2>
              <div className="table-scroll" role="region" aria-label="Tableau du budget" tabIndex={0}>
                <table className="budget">
                  <caption className="sr-only">
                    Budget prévisionnel du projet, et la part de chaque euro donné pour chaque poste
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Poste</th>
                      <th scope="col">Montant</th>
                      <th scope="col">Sur 1 € donné</th>
                    </tr>
                  </thead>
                  <tbody>
                    {budget.map((line, i) => (
                      <tr key={line.id ?? line.label}>
                        <th scope="row">{line.label}</th>
                        <td>{formatEuros(line.amountCents)}</td>
                        <td>{perEuro[i]} c</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">Total</th>
                      <td>{formatEuros(budget.reduce((sum, line) => sum + line.amountCents, 0))}</td>
                      <td>1 €</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            </section>
          ) : null}
          {project.news.length ? (
            <section aria-labelledby="actualites">
              <h2 id="actualites">Actualités</h2>
              {project.news.map((item) => (
                <article key={item.id} className="project__news">
                  <h3>{item.title}</h3>
                  <p className="card__meta">
                    Publiée le <time dateTime={item.createdAt}>{formatDate(item.createdAt.slice(0, 10))}</time>
                  </p>
                  <p style={{ whiteSpace: 'pre-line' }}>{item.body}</p>
                  {(item.pictures ?? []).map((picture) =>
                    typeof picture === 'object' && picture.url ? (
                      // eslint-disable-next-line @next/next/no-img-element -- the stored file's own sizes, as every project picture
                      <img
                        key={picture.id}
                        className="news__picture"
                        src={picture.sizes?.card?.url ?? picture.url}
                        alt={picture.alt}
                        width={320}
                        height={200}
                        loading="lazy"
                      />
                    ) : null,
                  )}
                </article>
              ))}
            </section>
          ) : null}
          {wall.shown.length ? (
            <section aria-labelledby="donateurs">
              <h2 id="donateurs">Ils soutiennent le projet</h2>
              <ul className="donor-wall">
                {wall.shown.map((donor, i) => (
                  <li key={i}>
                    <span className="donor-wall__name">{donor.name}</span>
                    {donor.amountCents !== null ? (
                      <span className="donor-wall__amount">{formatEuros(donor.amountCents)}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
              {wall.others > 0 ? <p className="donor-wall__others">{othersWording(wall.others)}</p> : null}
            </section>
          ) : null}
          {project.topUps.length ? (
            <section aria-labelledby="abondements">
              <h2 id="abondements">Abondements des mécènes et du fonds solidaire</h2>
              <ul className="donors">
                {project.topUps.map((line) => (
                  <li key={line.name}>
                    {line.sponsorSlug ? <a href={`/mecenes/${line.sponsorSlug}`}>{line.name}</a> : line.name} —{' '}
                    {formatEuros(line.amountCents)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="partager">
            <h2 id="partager">Faire connaître le projet</h2>
            <ShareLinks url={project.pageUrl} title={project.title} />
            <FollowForm projectId={project.id} title={project.title} following={notice === 'oui'} />
          </section>
        </div>
      </div>
      {collecting ? <GiveBar {...box} /> : null}
    </article>
  )
}

/** How many donors the wall shows before "et N autres". */
const DONOR_WALL_SIZE = 24
/** The cover spans the page up to the layout's main column (72rem container, give box beside it from 64em). */
const COVER_SIZES = '(min-width: 64em) 46rem, 100vw'
const GALLERY_SIZES = '(min-width: 64em) 15rem, (min-width: 30em) 50vw, 100vw'

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
