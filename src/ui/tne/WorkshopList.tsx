import Link from 'next/link'

import { WORKSHOP_AUDIENCE_LABELS, WORKSHOP_FORMAT_LABELS, WORKSHOP_THEME_LABELS } from '@/domain/tne/options'
import type { PublicWorkshop } from '@/services/tne/public-workshops'
import { formatEventTime } from '@/ui/format'

/** Workshops as a list: the agenda, the map's equivalent, a territory's upcoming workshops. */
export function WorkshopList({
  workshops,
  labelledBy,
  showTerritory = true,
}: {
  workshops: PublicWorkshop[]
  labelledBy: string
  showTerritory?: boolean
}) {
  return (
    <ul className="workshops" aria-labelledby={labelledBy}>
      {workshops.map((w) => (
        <li key={w.id} id={`atelier-${w.slug}`}>
          <article className="workshop">
            <h3>
              {w.title}
              {w.status === 'cancelled' ? <strong className="workshop__cancelled"> — annulé</strong> : null}
            </h3>
            <p className="workshop__when">
              <time dateTime={w.startsAt}>{formatEventTime(w.startsAt)}</time>
              {w.durationMinutes ? ` (${formatDuration(w.durationMinutes)})` : null}
            </p>
            <dl className="workshop__facts">
              <div>
                <dt>Lieu</dt>
                <dd>
                  {w.venue}, {w.commune}
                  {w.address ? ` — ${w.address}` : null}
                </dd>
              </div>
              <div>
                <dt>Format</dt>
                <dd>{WORKSHOP_FORMAT_LABELS[w.format]}</dd>
              </div>
              <div>
                <dt>Thème</dt>
                <dd>{WORKSHOP_THEME_LABELS[w.theme]}</dd>
              </div>
              <div>
                <dt>Public</dt>
                <dd>{WORKSHOP_AUDIENCE_LABELS[w.audience]}</dd>
              </div>
              {showTerritory && w.territory ? (
                <div>
                  <dt>Territoire</dt>
                  <dd>
                    <Link href={`/territoires/${w.territory.slug}`}>{w.territory.name}</Link>
                  </dd>
                </div>
              ) : null}
            </dl>
            {w.description ? <p>{w.description}</p> : null}
            {w.registration ? <p>{w.registration}</p> : null}
          </article>
        </li>
      ))}
    </ul>
  )
}

function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h ? `${h} h${m ? ` ${String(m).padStart(2, '0')}` : ''}` : `${m} min`
}
