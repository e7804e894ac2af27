import type { ServerProps } from 'payload'

import { hasRole } from '@/domain/access/roles'

/** Above the projects list: export what the list shows (its `where` filters) as CSV or XLSX. */
export function ExportProjectsLinks({ searchParams, user }: ServerProps) {
  if (!hasRole(user as { roles?: string[] } | undefined, 'admin', 'moderator', 'structure-manager')) return null
  const filters = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams ?? {})) {
    if (!key.startsWith('where')) continue
    for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string') filters.append(key, item)
  }
  const href = (format: 'csv' | 'xlsx') => `/api/projects/export?format=${format}${filters.size ? `&${filters}` : ''}`
  return (
    <p style={{ display: 'flex', gap: '1rem', margin: '0 0 1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={href('csv')}>
        Exporter la liste (CSV)
      </a>
      <a className="btn btn--style-secondary btn--size-small" href={href('xlsx')}>
        Exporter la liste (XLSX)
      </a>
    </p>
  )
}
