import type { Payload } from 'payload'

import type { ProjectStatus } from '@/domain/projects/status'
import { executePayouts, executeRefunds, settleCampaign } from '@/services/donations/settle-campaigns'
import { testProvider } from '@/services/payments/provider'
import { transitionProject } from '@/services/projects/transition-project'

/** The demo's closed campaigns are created `settling`, with their gifts, then closed by the real outcome path. */
export const CLOSED_DEMO_STATUSES: readonly ProjectStatus[] = ['succeeded', 'funds_released', 'realised', 'failed']

/**
 * Brings a settling demo campaign to `target` as the outcomes job would (commission, payout,
 * refunds, reallocations to the fund, each in the ledger), through the test provider and without
 * e-mailing the demo donors. A succeeded one is left for the jobs queue to pay out (in a few minutes).
 */
export async function closeDemoCampaign(
  payload: Payload,
  projectId: number,
  ownerId: number,
  target: ProjectStatus,
): Promise<void> {
  const options = { provider: testProvider, notify: false }
  await settleCampaign(payload, projectId, options)
  await executeRefunds(payload, options)
  if (target !== 'funds_released' && target !== 'realised') return
  await executePayouts(payload, { ...options, projectIds: [projectId] })
  if (target === 'realised') {
    await transitionProject(payload, {
      projectId,
      to: 'realised',
      actorOf: () => ({ kind: 'user', id: ownerId, roles: ['teacher'], isOwner: true }),
    })
  }
}

/** The solidarity fund's demo movements, once: a foundation's grant (2023) and a Courte Échelle top-up. */
export async function seedFund(payload: Payload, topUpProjectId: number | undefined): Promise<number> {
  // Created when this grant is missing (other movements, e.g. other tests', do not count).
  const partner = 'Fondation partenaire (classes de découverte en montagne)'
  if (
    (
      await payload.count({
        collection: 'fund-movements',
        where: { and: [{ kind: { equals: 'grant' } }, { partner: { equals: partner } }] },
      })
    ).totalDocs > 0
  )
    return 0
  await payload.create({
    collection: 'fund-movements',
    data: {
      kind: 'grant',
      amountCents: 2_000_000,
      partner,
      note: 'Subvention 2023 pour les classes de montagne de 4 nuits ou plus en éducation prioritaire ou en zone rurale isolée.',
    },
    depth: 0,
  })
  if (!topUpProjectId) return 1
  await payload.create({
    collection: 'fund-movements',
    data: { kind: 'top_up', amountCents: 20_000, project: topUpProjectId, note: 'Abondement Courte Échelle.' },
    depth: 0,
  })
  return 2
}
