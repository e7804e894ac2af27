import Link from 'next/link'

import { barGeometry, daysLeftWording } from '@/domain/projects/project-page'
import type { HomeCard } from '@/domain/projects/home-campaigns'
import { formatEuros } from '@/ui/format'

import { Picture } from './Picture'

/** A collecting project as a card: cover, title, school, one bar with the minimum marked, days left. */
export function ProjectCard({
  project,
  today,
  headingLevel = 3,
}: {
  project: HomeCard
  today: string
  headingLevel?: 3 | 4
}) {
  const bar = barGeometry(project)
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const days = project.endDate ? daysLeftWording(project.endDate, today) : null
  return (
    <article className="card project-card">
      {project.cover ? (
        <Picture
          className="card__cover"
          picture={project.cover}
          alt=""
          sizes="(min-width: 64em) 22rem, (min-width: 40em) 50vw, 100vw"
        />
      ) : null}
      <Heading className="project-card__title">
        <Link href={`/projets/${project.slug}`}>{project.title}</Link>
      </Heading>
      <p className="card__meta">
        {[
          project.establishment && project.commune
            ? `${project.establishment}, ${project.commune}`
            : project.establishment,
          project.courteEchelle ? 'Courte Échelle' : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {project.summary ? <p>{project.summary}</p> : null}
      <div className="gauge gauge--small" aria-hidden="true">
        <span className="gauge__fill" style={{ width: `${bar.filledPercent}%` }} />
        <span className="gauge__mark" style={{ left: `${bar.minimumAt}%` }} />
      </div>
      <p className="project-card__figures">
        <strong>{formatEuros(project.collectedCents)}</strong> collectés ·{' '}
        {bar.reachedMinimum
          ? 'minimum atteint'
          : `${bar.ofMinimum} % du minimum de ${formatEuros(project.minimumGoalCents)}`}
        {days ? ` · ${days}` : ''}
      </p>
    </article>
  )
}
