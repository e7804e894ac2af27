import { eq } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { type MechanismSettings, describeProgramme } from '@/domain/sponsors/mechanisms'
import { sponsors } from '@/payload-generated-schema'
import { inDbTransaction } from '@/services/db/drizzle'
import { sqlQuery } from '@/services/db/sql-transaction'

import { activeProgrammes, eligibility, projectFacts } from './top-ups'

export type ProgrammeOffer = { id: number; sponsor: string; sponsorSlug: string | null; sentence: string }
export type TopUpLine = { name: string; sponsorSlug: string | null; amountCents: number }

const settingsOf = (g: Record<string, unknown>): MechanismSettings => {
  const n = (v: unknown) => (v == null ? null : Number(v))
  return {
    mechanism: g.mechanism as MechanismSettings['mechanism'],
    ratioPercent: n(g.ratio_percent),
    capPerGiftCents: n(g.cap_per_gift_cents),
    capPerProjectCents: n(g.cap_per_project_cents),
    capPerDonorCents: n(g.cap_per_donor_cents),
    amountCents: n(g.amount_cents),
    sharePercent: n(g.share_percent),
    minDonors: n(g.min_donors),
    daysBeforeEnd: n(g.days_before_end),
  }
}

/** The active programmes a project is eligible for, each with the plain sentence saying how it helps (the project page). */
export async function programmeOffers(
  payload: Payload,
  projectId: number,
  now = new Date(),
): Promise<ProgrammeOffer[]> {
  return inDbTransaction(payload, async (db) => {
    const programmes = await activeProgrammes(db, ['match', 'threshold', 'gap_close'], now)
    if (!programmes.length) return []
    const facts = await projectFacts(db, projectId)
    const offers: ProgrammeOffer[] = []
    for (const programme of programmes) {
      if (!(await eligibility(db, programme, projectId, facts)).eligible) continue
      const sponsor = programme.funding === 'solidarity_fund' ? 'le fonds solidaire' : String(programme.sponsor_name)
      const slug = programme.sponsor_id
        ? ((await db.select({ slug: sponsors.slug }).from(sponsors).where(eq(sponsors.id, programme.sponsor_id)))[0]
            ?.slug ?? null)
        : null
      offers.push({
        id: programme.id,
        sponsor,
        sponsorSlug: slug,
        sentence: describeProgramme(sponsor, settingsOf(programme)),
      })
    }
    return offers
  })
}

/** The top-ups a project received, per sponsor (or the fund), shown apart from the donors' gifts. */
export async function topUpLines(payload: Payload, projectId: number): Promise<TopUpLine[]> {
  // SQL text: per-sponsor totals of a project's top-ups (GROUP BY over two LEFT JOINs).
  const { rows } = await sqlQuery(
    payload,
    `SELECT coalesce(s.name, 'Fonds solidaire') AS name, s.slug, sum(d.amount_cents)::bigint AS total
     FROM donations d LEFT JOIN programmes g ON g.id = d.programme_id LEFT JOIN sponsors s ON s.id = g.sponsor_id
     WHERE d.project_id = $1 AND d.status = 'paid' AND d.source IN ('sponsor', 'solidarity')
     GROUP BY 1, 2 ORDER BY 3 DESC`,
    [projectId],
  )
  return rows.map((r) => ({ name: r.name, sponsorSlug: r.slug ?? null, amountCents: Number(r.total) }))
}
