import { RichText } from '@payloadcms/richtext-lexical/react'

import type { HomeCard, HomeFigures, HomeGroup } from '@/domain/projects/home-campaigns'
import type { SiteKind } from '@/domain/sites/kinds'
import type { Page } from '@/payload-types'
import type { PublicSponsor } from '@/services/sponsors/public-sponsors'
import { Blocks } from '@/ui/content/Blocks'
import { formatEuros } from '@/ui/format'
import { ProjectCard } from '@/ui/project/ProjectCard'
import { SponsorsStrip } from '@/ui/SponsorsStrip'
import '@/ui/crowdfunding.css'

const number = (n: number) => n.toLocaleString('fr-FR')
const plural = (n: number, word: string) => `${word}${n > 1 ? 's' : ''}`

/**
 * The crowdfunding site's home page: what the site is for, one call to action for donors and one
 * for teachers, the campaigns to support now, the key figures from live data, how it works (the
 * page's editorial content and blocks), then the sponsors by name.
 */
export function CrowdfundingHome({
  page,
  site,
  siteName,
  groups,
  figures,
  sponsors,
  today,
}: {
  page: Page | null
  site: { id: number; kind: SiteKind | null }
  siteName: string
  groups: HomeGroup<HomeCard>[]
  figures: HomeFigures
  sponsors: PublicSponsor[]
  today: string
}) {
  return (
    <article className="home">
      <header className="home__hero">
        <h1>{page?.title ?? siteName}</h1>
        {page?.intro ? <p className="page__intro">{page.intro}</p> : null}
        <ul className="home__ctas">
          <li>
            <a className="button button--large" href="/projets">
              Soutenir un projet
            </a>
            <span>
              Particuliers et entreprises : chaque don aide une classe, et ouvre droit à une réduction d’impôt.
            </span>
          </li>
          <li>
            <a className="button-secondary button--large" href="/proposer-un-projet">
              Proposer le projet de ma classe
            </a>
            <span>Enseignants : financez une sortie, un séjour, un équipement ou un spectacle.</span>
          </li>
        </ul>
      </header>
      {groups.length ? (
        <section aria-labelledby="a-soutenir" className="home__campaigns">
          <h2 id="a-soutenir">Campagnes à soutenir maintenant</h2>
          {groups.map((group) => (
            <section key={group.id} aria-labelledby={`groupe-${group.id}`}>
              <h3 id={`groupe-${group.id}`}>{group.title}</h3>
              <ul className="cards">
                {group.projects.map((project) => (
                  <li key={project.slug}>
                    <ProjectCard project={project} today={today} headingLevel={4} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <p>
            <a href="/projets">Voir tous les projets en collecte</a>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="chiffres" className="home__figures">
        <h2 id="chiffres">La plateforme en chiffres</h2>
        <ul className="home-figures">
          <li>
            <strong>{number(figures.collectingNow)}</strong> {plural(figures.collectingNow, 'projet')} en collecte
            aujourd’hui
          </li>
          <li>
            <strong>{number(figures.succeeded)}</strong> {plural(figures.succeeded, 'campagne')}{' '}
            {plural(figures.succeeded, 'réussie')}
            {figures.sinceYear ? ` depuis ${figures.sinceYear}` : ''}
          </li>
          {figures.successPercent !== null ? (
            <li>
              <strong>{figures.successPercent} %</strong> des campagnes terminées ont atteint leur objectif minimum
            </li>
          ) : null}
          <li>
            <strong>{formatEuros(figures.collectedCents)}</strong> réunis par les campagnes réussies
          </li>
          <li>
            <strong>{number(figures.donors)}</strong> {plural(figures.donors, 'don')} aux projets publiés
          </li>
        </ul>
        <p>
          <a href="/chiffres-cles">Tous les chiffres clés</a>
        </p>
      </section>
      {page?.content ? <RichText className="prose home__editorial" data={page.content} /> : null}
      {page ? <Blocks blocks={page.layout} site={site} /> : null}
      <SponsorsStrip sponsors={sponsors} />
    </article>
  )
}
