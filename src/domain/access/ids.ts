/** Ids of a relationship value as Payload returns it: ids, populated documents or nothing. */
export function relationIds(value: readonly (number | string | { id: number | string })[] | null | undefined): (number | string)[] {
  return (value ?? []).map((item) => (typeof item === 'object' ? item.id : item))
}

export function relationId(value: number | string | { id: number | string } | null | undefined): number | string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}
