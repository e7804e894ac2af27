import { formatCount, formatWholeEuros } from '@/domain/text/format'

import type { ColumnKind, StatCell } from './tables'

/** A cell as shown on the pages and in the PDF: euros rounded to the euro, whole percentages, "—" for unknown. */
export function formatCell(value: StatCell | undefined, kind: ColumnKind): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'string') return value
  if (kind === 'cents') return formatWholeEuros(value)
  if (kind === 'percent') return `${formatCount(value)} %`
  return formatCount(value)
}
