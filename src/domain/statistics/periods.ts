/**
 * Periods of the statistics: a calendar year, or a school year (1 September → 31 August, named by
 * the year it starts in: 2022 is "2022-2023"). A campaign belongs to the period of its end date;
 * a project is published in the period of its start date.
 */
export const PERIOD_KINDS = ['calendar', 'school'] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]

/** The period (its starting year) of an ISO date `YYYY-MM-DD`. */
export function periodOf(isoDate: string, kind: PeriodKind): number {
  const year = Number(isoDate.slice(0, 4))
  if (kind === 'calendar') return year
  return Number(isoDate.slice(5, 7)) >= 9 ? year : year - 1
}

/** First day and the day after the last one, as ISO dates (for `date >= from AND date < to`). */
export function periodBounds(year: number, kind: PeriodKind): { from: string; to: string } {
  return kind === 'calendar'
    ? { from: `${year}-01-01`, to: `${year + 1}-01-01` }
    : { from: `${year}-09-01`, to: `${year + 1}-09-01` }
}

export function periodLabel(year: number, kind: PeriodKind): string {
  return kind === 'calendar' ? String(year) : `${year}-${year + 1}`
}

const MONTH_NAMES = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]

/** The twelve months of a period in order, as { month number, French label }. */
export function monthsOf(year: number, kind: PeriodKind): { month: number; label: string }[] {
  const first = kind === 'calendar' ? 1 : 9
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((first - 1 + i) % 12) + 1
    const inYear = kind === 'calendar' || month >= 9 ? year : year + 1
    return { month, label: `${MONTH_NAMES[month - 1]} ${inYear}` }
  })
}

/**
 * The period shown when none is asked for: the last one with completed campaigns (the current
 * year's campaigns are still running), else the last one with data, else the current one.
 */
export function defaultPeriod(periods: readonly number[], completed: readonly number[], current: number): number {
  return completed.length ? Math.max(...completed) : (periods[0] ?? current)
}

/** `?periode=scolaire` → school; anything else → calendar. */
export const parsePeriodKind = (value: unknown): PeriodKind =>
  value === 'scolaire' || value === 'school' ? 'school' : 'calendar'

/** `?annee=2023` → 2023, or null when absent or not a plausible year. */
export function parseYear(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{4}$/.test(value)) return null
  const year = Number(value)
  return year >= 2000 && year <= 2100 ? year : null
}

/**
 * The canonical query string of /chiffres-cles (`annee=2023&periode=scolaire`; '' for the default
 * period), read as the page reads it: a repeated or implausible value is ignored. Equivalent URLs
 * thus share one cached page (src/proxy.ts puts it in the path).
 */
export function keyFiguresQuery(params: URLSearchParams): string {
  const single = (name: string) => {
    const values = params.getAll(name)
    return values.length === 1 ? values[0] : undefined
  }
  const year = parseYear(single('annee'))
  const canonical = new URLSearchParams()
  if (year) canonical.set('annee', String(year))
  if (parsePeriodKind(single('periode')) === 'school') canonical.set('periode', 'scolaire')
  return canonical.toString()
}
