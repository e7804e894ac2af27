/** Tags of the public read models kept in memory (see memory-cache.ts), dropped by Payload hooks. */
export const CACHE_TAGS = {
  /** Every site: tenants and their settings. */
  sites: 'sites',
  /** Every catalogue result (any project change may move a project in or out of a list). */
  catalogue: 'catalogue',
  /** The editors' text of the activity reports (published versions). */
  activityReports: 'activity-reports',
} as const
