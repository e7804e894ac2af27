import { type AgendaQuery } from '@/domain/tne/agenda-query'
import { WORKSHOP_AUDIENCE_LABELS, WORKSHOP_THEME_LABELS } from '@/domain/tne/options'
import { SelectFilter } from '@/ui/SelectFilter'

/** The agenda's filters: a GET form, so it works without JavaScript; `action` keeps the list or the map. */
export function AgendaFilters({
  action,
  query,
  territories,
}: {
  action: string
  query: AgendaQuery
  territories: [string, string][]
}) {
  return (
    <form method="get" action={action} className="filters" role="search" aria-label="Filtrer les ateliers">
      <SelectFilter name="territoire" label="Territoire" all="Tous" value={query.territoire} options={territories} />
      <SelectFilter
        name="theme"
        label="Thème"
        all="Tous"
        value={query.theme}
        options={Object.entries(WORKSHOP_THEME_LABELS)}
      />
      <SelectFilter
        name="public"
        label="Public"
        all="Tous"
        value={query.public}
        options={Object.entries(WORKSHOP_AUDIENCE_LABELS)}
      />
      <p>
        <label htmlFor="du">Du</label>
        <input id="du" name="du" type="date" defaultValue={query.du} />
      </p>
      <p>
        <label htmlFor="au">Au</label>
        <input id="au" name="au" type="date" defaultValue={query.au} />
      </p>
      <p>
        <button type="submit">Afficher les ateliers</button>
      </p>
    </form>
  )
}
