import type { Payload, TaskConfig } from 'payload'

import { daysLeft, dueCoaching, dueTransition } from '@/domain/projects/campaign-clock'
import { parisDate } from '@/domain/projects/campaign-window'
import { coachingMail } from '@/emails/teachers'
import { inDbTransaction } from '@/services/db/drizzle'
import { sqlQuery } from '@/services/db/sql-transaction'
import { expireStaleGifts } from '@/services/donations/apply-payment-event'
import { refreshTotals } from '@/services/donations/confirm-payment'
import { applyGapCloseTopUps } from '@/services/sponsors/top-ups'
import { transitionSystemMany } from '@/services/projects/transition-many'
import { withLockedProject } from '@/services/projects/with-locked-project'

const BATCH = 500

/**
 * Expires gifts whose payment never came, opens and closes campaigns on their dates and sends the
 * owners' coaching e-mails. Safe to run twice or concurrently: transitions go through the state
 * machine, in batches, only for projects still in the state they leave (a second run finds them
 * done), and each coaching e-mail is marked sent in the transaction that queues it.
 */
export async function advanceCampaigns(
  payload: Payload,
  now = new Date(),
): Promise<{ expired: number; opened: number; closed: number; coached: number; toppedUp: number }> {
  const today = parisDate(now)
  const counts = { expired: await expireStaleGifts(payload, now), opened: 0, closed: 0, coached: 0, toppedUp: 0 }
  const { docs } = await payload.find({
    collection: 'projects',
    where: { status: { in: ['scheduled', 'collecting'] } },
    select: {
      status: true,
      startDate: true,
      endDate: true,
      stopAtOptimum: true,
      minimumGoalCents: true,
      optimumGoalCents: true,
      collectedCents: true,
      coachingSent: true,
    },
    pagination: false,
    depth: 0,
  })
  const due = { collecting: [] as number[], settling: [] as number[] }
  for (const candidate of docs) {
    const to = dueTransition(candidate, today)
    if (to) {
      due[to === 'collecting' ? 'collecting' : 'settling'].push(candidate.id)
      continue
    }
    if (dueCoaching(candidate, today).length === 0) continue
    counts.coached += await withLockedProject(payload, candidate.id, async (project, req) => {
      const due = dueCoaching(project, today)
      const ownerId = typeof project.owner === 'object' ? project.owner?.id : project.owner
      if (due.length === 0 || !ownerId || !project.endDate) return 0
      const owner = await payload.findByID({ collection: 'users', id: ownerId, depth: 0, req })
      for (const message of due) {
        const { subject, text } = coachingMail(message, project.title, daysLeft(project.endDate, today))
        await payload.jobs.queue({ task: 'sendEmail', input: { to: owner.email, subject, text }, req })
      }
      await payload.update({
        collection: 'projects',
        id: project.id,
        data: { coachingSent: [...(project.coachingSent ?? []), ...due] },
        depth: 0,
        req,
      })
      return due.length
    })
  }
  // Campaigns opening and closing on the same day come in waves (1,000 in one minute): a few
  // statements per 500 campaigns instead of one Local API update each. Projects another run moved
  // meanwhile are skipped (WHERE status = from), as the locked transition's 409 did.
  for (let i = 0; i < due.collecting.length; i += BATCH)
    counts.opened += (
      await transitionSystemMany(payload, due.collecting.slice(i, i + BATCH), 'scheduled', 'collecting', now)
    ).length
  for (let i = 0; i < due.settling.length; i += BATCH)
    counts.closed += (
      await transitionSystemMany(payload, due.settling.slice(i, i + BATCH), 'collecting', 'settling', now)
    ).length
  counts.toppedUp = await closeGapsBeforeTheEnd(payload, today, now)
  return counts
}

/** Gap-close programmes, once a day is enough but each run is safe: every collecting project is looked at, each top-up made once. */
async function closeGapsBeforeTheEnd(payload: Payload, today: string, now: Date): Promise<number> {
  // SQL text: a read-only scan of the campaign job, outside the money writes (one row per collecting project).
  const { rows } = await sqlQuery(payload, `SELECT 1 FROM programmes WHERE active AND mechanism = 'gap_close' LIMIT 1`)
  if (!rows.length) return 0
  // SQL text: a read-only scan of the campaign job, outside the money writes (one row per collecting project).
  const projects = await sqlQuery(
    payload,
    `SELECT id, end_date FROM projects WHERE status = 'collecting' AND end_date IS NOT NULL`,
  )
  let toppedUp = 0
  for (const project of projects.rows) {
    const added = await inDbTransaction(payload, (db) =>
      applyGapCloseTopUps(db, project.id, { daysLeft: daysLeft(project.end_date, today), now }),
    )
    if (added) toppedUp++
  }
  if (toppedUp) refreshTotals()
  return toppedUp
}

export const advanceCampaignsTask: TaskConfig<'advanceCampaigns'> = {
  slug: 'advanceCampaigns',
  label: 'Ouvrir et clore les collectes, accompagner les porteurs',
  schedule: [{ cron: '*/15 * * * *', queue: 'default' }],
  outputSchema: [
    { name: 'expired', type: 'number' },
    { name: 'opened', type: 'number' },
    { name: 'closed', type: 'number' },
    { name: 'coached', type: 'number' },
    { name: 'toppedUp', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await advanceCampaigns(req.payload) }),
}
