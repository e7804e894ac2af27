import { frenchTime } from '@/domain/text/typography'

// Built once: creating an Intl formatter costs far more than using one (a visible share of a
// catalogue page's render time).
const wholeEuros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 })
const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** Rendering only: money is integer cents everywhere else. */
export function formatEuros(cents: number): string {
  return (cents % 100 === 0 ? wholeEuros : euros).format(cents / 100)
}

export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`))
}

export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.floor((part / whole) * 100) : 0
}

const parisDay = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' })
const parisShortDay = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', timeZone: 'Europe/Paris' })
const parisClock = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZone: 'Europe/Paris' })

/** "mardi 12 mars 2024 à 17 h" (or "12 mars à 17 h 30" when short), in Paris time: French writes hours so, not "17:00". */
export function formatDateTime(iso: string, { short = false } = {}): string {
  const date = new Date(iso)
  const parts = parisClock.formatToParts(date)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return `${(short ? parisShortDay : parisDay).format(date)} à ${frenchTime(part('hour'), part('minute'))}`
}
