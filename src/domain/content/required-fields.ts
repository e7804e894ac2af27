/**
 * Drafts may be saved incomplete; publishing requires the collection's required fields. A draft
 * scheduled for later publication is checked at once, so that the editor hears of a missing field
 * while scheduling rather than from a failed job.
 */
type FieldLike = {
  name?: string
  type: string
  required?: boolean
  fields?: FieldLike[]
  tabs?: { name?: string; fields: FieldLike[] }[]
}

/** Paths (dot-separated) of required fields, through groups, rows, collapsibles and tabs (not arrays or blocks). */
export function requiredPaths(fields: readonly FieldLike[], prefix = ''): string[] {
  const paths: string[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs ?? [])
        paths.push(...requiredPaths(tab.fields, tab.name ? `${prefix}${tab.name}.` : prefix))
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      paths.push(...requiredPaths(field.fields ?? [], prefix))
      continue
    }
    if (field.type === 'group' && field.fields) {
      paths.push(...requiredPaths(field.fields, field.name ? `${prefix}${field.name}.` : prefix))
      continue
    }
    if (field.required && field.name && field.name !== 'tenant') paths.push(`${prefix}${field.name}`)
  }
  return paths
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

/** The required paths that `data` leaves empty. */
export function missingPaths(data: Record<string, unknown>, paths: readonly string[]): string[] {
  return paths.filter((path) =>
    isEmpty(
      path
        .split('.')
        .reduce<unknown>(
          (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
          data,
        ),
    ),
  )
}

export const REQUIRED_TO_SCHEDULE_MESSAGE = 'Ce champ est requis pour programmer la publication.'
