import type { ColumnKind, StatCell } from '@/domain/statistics/tables'

const count = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 })
const wholeEuros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 })

/** A cell as shown on the pages and in the PDF: euros rounded to the euro, whole percentages, "—" for unknown. */
export function formatCell(value: StatCell | undefined, kind: ColumnKind): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'string') return value
  if (kind === 'cents') return wholeEuros.format(Math.round(value / 100))
  if (kind === 'percent') return `${count.format(value)} %`
  return count.format(value)
}
