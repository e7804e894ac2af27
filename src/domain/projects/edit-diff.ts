/** The fields whose changes by moderators and admins are recorded, field by field. */
export const TRACKED_FIELDS = [
  'title',
  'slug',
  'owner',
  'coOwners',
  'establishment',
  'structure',
  'level',
  'kind',
  'nights',
  'pupils',
  'themes',
  'summary',
  'description',
  'cover',
  'gallery',
  'pedagogicalGoals',
  'budgetLines',
  'otherFunding',
  'minimumGoalCents',
  'optimumGoalCents',
  'minimumCapOverride',
  'startDate',
  'endDate',
  'stopAtOptimum',
  'counterparts',
  'schoolHead',
  'inclusive',
  'courteEchelle',
  'courteEchelleReasons',
] as const

export type FieldChange = { field: string; before: unknown; after: unknown }

/** Populated relations count as their ids; array rows lose their generated ids; empty is null. */
function normalize(value: unknown): unknown {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    return Object.fromEntries(
      Object.entries(record)
        .filter(([key]) => key !== 'id')
        .map(([key, v]) => [key, normalize(v)]),
    )
  }
  return value
}

/** What changed between two versions of a project, among the tracked fields. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of TRACKED_FIELDS) {
    const from = normalize(before[field])
    const to = normalize(after[field])
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, before: from, after: to })
  }
  return changes
}
