import { WORKSHOP_AUDIENCES, WORKSHOP_THEMES, type WorkshopAudience, type WorkshopTheme } from './options'

/** The public agenda's filters, as read from the query string (a GET form: works without JavaScript). */
export type AgendaQuery = {
  territoire?: string
  theme?: WorkshopTheme
  public?: WorkshopAudience
  du?: string
  au?: string
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const isDay = (value: string) =>
  DAY.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)

/** Unknown or malformed values are dropped (the filter is then simply not applied). */
export function parseAgendaQuery(params: Record<string, string | string[] | undefined>): AgendaQuery {
  const one = (key: string) => {
    const value = params[key]
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? ''
  }
  const query: AgendaQuery = {}
  const territoire = one('territoire')
  if (SLUG.test(territoire)) query.territoire = territoire
  const theme = one('theme')
  if ((WORKSHOP_THEMES as readonly string[]).includes(theme)) query.theme = theme as WorkshopTheme
  const audience = one('public')
  if ((WORKSHOP_AUDIENCES as readonly string[]).includes(audience)) query.public = audience as WorkshopAudience
  const from = one('du')
  if (isDay(from)) query.du = from
  const to = one('au')
  if (isDay(to)) query.au = to
  if (query.du && query.au && query.au < query.du) delete query.au
  return query
}

/** The query string of a filtered agenda (same order every time, empty filters left out). */
export function agendaSearch(query: AgendaQuery): string {
  const params = new URLSearchParams()
  for (const key of ['territoire', 'theme', 'public', 'du', 'au'] as const) if (query[key]) params.set(key, query[key]!)
  const text = params.toString()
  return text ? `?${text}` : ''
}

/**
 * The date window of the agenda: from `du` (default today) to the end of `au` (default: open),
 * as instants for a query on the workshops' start. Days are French days.
 */
export function agendaWindow(query: AgendaQuery, today: string): { from: string; to: string | null } {
  return { from: parisMidnight(query.du ?? today), to: query.au ? parisMidnight(nextDay(query.au)) : null }
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

/** The instant of midnight in Paris on `day` (UTC+1 in winter, UTC+2 in summer). */
export function parisMidnight(day: string): string {
  const utcMidnight = new Date(`${day}T00:00:00Z`)
  const parisHour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' }).format(
      utcMidnight,
    ),
  )
  return new Date(utcMidnight.getTime() - parisHour * 3600_000).toISOString()
}
