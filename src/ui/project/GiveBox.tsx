import { barGeometry } from '@/domain/projects/project-page'
import { formatEuros } from '@/ui/format'

export type GiveBoxProps = {
  slug: string
  title: string
  collectedCents: number
  minimumGoalCents: number
  optimumGoalCents: number
  donorCount: number
  /** "plus que 8 jours", "dernier jour"…; null when the campaign is not collecting. */
  daysLeft: string | null
  endDate: string | null
  collecting: boolean
  offers: { id: number; sponsorSlug: string | null; sentence: string }[]
  /** After the campaign: its outcome in words (the text when the page says it nowhere else). */
  outcome: { title: string; text: string | null } | null
}

const donorsWording = (count: number) =>
  count === 0 ? 'Aucun donateur pour l’instant' : `${count.toLocaleString('fr-FR')} donateur${count > 1 ? 's' : ''}`

/**
 * The give box: collected amount, ONE progress bar whose end is the optimum with the minimum marked
 * on it, donors, days left, the button and the sponsors' offers. Beside the story on wide screens
 * (sticky); on phones its essentials stay fixed at the bottom of the screen (`GiveBar`).
 */
export function GiveBox(props: GiveBoxProps) {
  const {
    slug,
    title,
    collectedCents,
    minimumGoalCents,
    optimumGoalCents,
    donorCount,
    daysLeft,
    collecting,
    offers,
    outcome,
  } = props
  const bar = barGeometry({ collectedCents, minimumGoalCents, optimumGoalCents })
  return (
    <aside className="givebox" aria-labelledby="collecte">
      <h2 id="collecte" className="sr-only">
        La collecte
      </h2>
      <p className="givebox__amount">
        <strong>{formatEuros(collectedCents)}</strong> collectés
      </p>
      <div className="gauge">
        <label htmlFor="projet-opt" className="sr-only">
          {`Collecte : ${formatEuros(collectedCents)} sur un objectif optimum de ${formatEuros(optimumGoalCents)}, minimum ${formatEuros(minimumGoalCents)}`}
        </label>
        <progress
          id="projet-opt"
          className="gauge__bar"
          max={Math.max(optimumGoalCents, minimumGoalCents, 1)}
          value={Math.min(Math.max(collectedCents, 0), Math.max(optimumGoalCents, minimumGoalCents))}
        />
        <span className="gauge__mark" style={{ left: `${bar.minimumAt}%` }} aria-hidden="true" />
      </div>
      <p className="gauge__legend">
        <span>
          Minimum {formatEuros(minimumGoalCents)} : {bar.reachedMinimum ? 'atteint' : `${bar.ofMinimum} %`}
        </span>
        <span>Optimum {formatEuros(optimumGoalCents)}</span>
      </p>
      <ul className="givebox__facts">
        <li>{donorsWording(donorCount)}</li>
        {daysLeft ? <li className="givebox__days">{daysLeft.charAt(0).toUpperCase() + daysLeft.slice(1)}</li> : null}
      </ul>
      {/* The button right under the figures: on a laptop's screen it shows without scrolling, above the sponsors' offers. */}
      {collecting ? (
        <p className="givebox__cta">
          <a className="button button--large" href={`/projets/${slug}/don`}>
            Faire un don<span className="sr-only"> au projet « {title} »</span>
          </a>
        </p>
      ) : null}
      {outcome ? (
        <div className="givebox__outcome">
          <p>
            <strong>{outcome.title}</strong>
          </p>
          {outcome.text ? <p>{outcome.text}</p> : null}
        </div>
      ) : null}
      {offers.length ? (
        <ul className="programme-offers" aria-label="Les mécènes qui soutiennent ce projet">
          {offers.map((offer) => (
            <li key={offer.id}>
              {offer.sponsorSlug ? <a href={`/mecenes/${offer.sponsorSlug}`}>{offer.sentence}</a> : offer.sentence}
            </li>
          ))}
        </ul>
      ) : null}
    </aside>
  )
}

/** On phones, the essentials of the give box stay at the bottom of the screen while the page scrolls. */
export function GiveBar({
  slug,
  title,
  collectedCents,
  minimumGoalCents,
  optimumGoalCents,
  daysLeft,
}: Pick<GiveBoxProps, 'slug' | 'title' | 'collectedCents' | 'minimumGoalCents' | 'optimumGoalCents' | 'daysLeft'>) {
  const bar = barGeometry({ collectedCents, minimumGoalCents, optimumGoalCents })
  return (
    <div className="givebar">
      <p className="givebar__text">
        <strong>{formatEuros(collectedCents)}</strong> ·{' '}
        {bar.reachedMinimum ? 'minimum atteint' : `${bar.ofMinimum} % du minimum`}
        {daysLeft ? ` · ${daysLeft}` : ''}
      </p>
      <a className="button" href={`/projets/${slug}/don`}>
        Faire un don<span className="sr-only"> au projet « {title} »</span>
      </a>
    </div>
  )
}
