import { asc, eq, sql } from '@payloadcms/db-postgres/drizzle'
import { alias } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload } from 'payload'

import { donations, programmes, projects } from '@/payload-generated-schema'
import { drizzleOf } from '@/services/db/drizzle'

/** What a programme already reserved of its budget (its top-ups), which its budget may not go below. */
export async function programmeReservedCents(payload: Payload, programmeId: number): Promise<number> {
  const [row] = await drizzleOf(payload)
    .select({ reserved: programmes.reservedCents })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
  return Number(row?.reserved ?? 0)
}

/** A programme's name and sponsor; undefined for no such programme. */
export async function programmeOwner(payload: Payload, programmeId: number) {
  const [row] = await drizzleOf(payload)
    .select({ name: programmes.name, sponsorId: programmes.sponsor })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
  return row
}

const topUp = donations
const gift = alias(donations, 'g')

/**
 * Every top-up of a programme, by date of payment: the project, the gift it matched, and its situation
 * (what the sponsor owes for succeeded campaigns, what is reserved, what came back).
 */
export async function programmeStatement(payload: Payload, programmeId: number) {
  const situation = sql<string>`CASE WHEN ${topUp.status} = 'refunded' THEN 'Rendu au programme (collecte échouée)'
    WHEN ${projects.status} IN ('succeeded', 'funds_released', 'realised', 'archived') THEN 'À verser (collecte réussie)'
    ELSE 'Réservé (collecte en cours)' END`
  return drizzleOf(payload)
    .select({
      title: projects.title,
      projectStatus: projects.status,
      gift: gift.reference,
      amountCents: topUp.amountCents,
      situation,
      paidAt: topUp.paidAt,
      explanation: topUp.explanation,
    })
    .from(topUp)
    .innerJoin(projects, eq(projects.id, topUp.project))
    .leftJoin(gift, eq(gift.id, topUp.topUpOf))
    .where(eq(topUp.programme, programmeId))
    .orderBy(asc(topUp.paidAt))
}
