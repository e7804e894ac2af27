import type { Payload } from 'payload'

import { parisDate } from '@/domain/projects/campaign-window'
import {
  type HomeCard,
  type HomeFigures,
  type HomeGroup,
  homeFigures,
  pickHomeCampaigns,
} from '@/domain/projects/home-campaigns'
import { PUBLISHED_STATUSES } from '@/domain/statistics/campaigns'
import type { PictureVariants } from '@/domain/media/srcset'
import { sqlQuery } from '@/services/db/sql-transaction'
import { campaignCountsByPeriod } from '@/services/statistics/queries'

/** The campaigns to support now (ending soon, closest to their minimum, Courte Échelle), read as an anonymous visitor. */
export async function homeCampaigns(payload: Payload, now = new Date()): Promise<HomeGroup<HomeCard>[]> {
  const { docs } = await payload.find({
    collection: 'projects',
    where: { status: { equals: 'collecting' } },
    sort: 'endDate',
    limit: 200,
    depth: 1,
    overrideAccess: false,
    select: {
      title: true,
      slug: true,
      summary: true,
      establishment: true,
      endDate: true,
      collectedCents: true,
      minimumGoalCents: true,
      optimumGoalCents: true,
      donorCount: true,
      courteEchelle: true,
      cover: true,
    },
    populate: {
      establishments: { name: true, commune: true },
      'project-pictures': { alt: true, filename: true, url: true, width: true, height: true, sizes: true },
    },
  })
  const cards: HomeCard[] = docs.map((p) => {
    const establishment = typeof p.establishment === 'object' ? p.establishment : null
    const cover = p.cover && typeof p.cover === 'object' ? p.cover : null
    return {
      slug: p.slug,
      title: p.title,
      summary: p.summary ?? null,
      establishment: establishment?.name ?? null,
      commune: establishment?.commune ?? null,
      endDate: p.endDate ?? null,
      collectedCents: p.collectedCents ?? 0,
      minimumGoalCents: p.minimumGoalCents ?? 0,
      optimumGoalCents: p.optimumGoalCents ?? 0,
      donorCount: p.donorCount ?? 0,
      courteEchelle: Boolean(p.courteEchelle),
      cover: cover
        ? {
            alt: cover.alt,
            url: cover.url,
            width: cover.width,
            height: cover.height,
            sizes: cover.sizes as PictureVariants['sizes'],
          }
        : null,
    }
  })
  return pickHomeCampaigns(cards, parisDate(now))
}

const list = PUBLISHED_STATUSES.map((s) => `'${s}'`).join(', ')

/** The key figures of the home page, from the database (every completed campaign, and today's). */
export async function homeKeyFigures(payload: Payload): Promise<HomeFigures> {
  const [byYear, live] = await Promise.all([
    campaignCountsByPeriod(payload, 'calendar'),
    // SQL text: home page figures as one aggregate with FILTER.
    sqlQuery(
      payload,
      `SELECT count(*) FILTER (WHERE status = 'collecting') AS collecting, coalesce(sum(donor_count), 0)::bigint AS donors FROM projects WHERE status IN (${list})`,
    ),
  ])
  const years = [...byYear.keys()].sort((a, b) => a - b)
  const totals = [...byYear.values()].reduce(
    (sum, c) => ({
      completed: sum.completed + c.completed,
      succeeded: sum.succeeded + c.succeeded,
      cents: sum.cents + c.succeededCollectedCents,
    }),
    { completed: 0, succeeded: 0, cents: 0 },
  )
  return homeFigures({
    collectingNow: Number(live.rows[0]?.collecting ?? 0),
    completed: totals.completed,
    succeeded: totals.succeeded,
    succeededCollectedCents: totals.cents,
    donors: Number(live.rows[0]?.donors ?? 0),
    firstYear: years[0] ?? null,
  })
}
