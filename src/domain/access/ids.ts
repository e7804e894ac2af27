/** Ids of a relationship value as Payload returns it: ids, populated documents or nothing. */
export function relationIds(
  value: readonly (number | string | { id: number | string })[] | null | undefined,
): (number | string)[] {
  return (value ?? []).map((item) => (typeof item === 'object' ? item.id : item))
}

export function relationId(
  value: number | string | { id: number | string } | null | undefined,
): number | string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}

/**
 * Whether a value sent by a client can be a record's id (a positive 32-bit integer, as a number or
 * its decimal text): anything else is refused before it reaches a query, where PostgreSQL would
 * fail on it (`NaN`, `1e3`, 99999999999999999999) with a 500.
 */
export function isRecordId(value: unknown): boolean {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  return /^[1-9]\d{0,9}$/.test(text) && Number(text) <= 2_147_483_647
}
