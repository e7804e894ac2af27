import { eq, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { convention_counters, workshops } from '@/payload-generated-schema'
import { reqDb } from '@/services/db/drizzle'

/** Takes the workshop's row lock inside `req`'s transaction (held until it ends): its answers are counted one after the other. */
export async function lockWorkshop(payload: Payload, req: PayloadRequest, workshopId: number | string): Promise<void> {
  await (
    await reqDb(payload, req)
  )
    .select({ id: workshops.id })
    .from(workshops)
    .where(eq(workshops.id, Number(workshopId)))
    .for('update')
}

/**
 * The next number of a territory's conventions of `year`, in `req`'s transaction: concurrent creations
 * wait on the counter's row (no duplicate), and a creation that fails rolls its number back (no gap).
 */
export async function nextConventionNumber(
  payload: Payload,
  req: PayloadRequest,
  territoryId: number | string,
  year: number,
): Promise<number> {
  const [row] = await (
    await reqDb(payload, req)
  )
    .insert(convention_counters)
    .values({ territory: Number(territoryId), year, last: 1, updatedAt: sql`now()`, createdAt: sql`now()` })
    .onConflictDoUpdate({
      target: [convention_counters.territory, convention_counters.year],
      set: { last: sql`${convention_counters.last} + 1`, updatedAt: sql`now()` },
    })
    .returning({ last: convention_counters.last })
  return row.last
}
