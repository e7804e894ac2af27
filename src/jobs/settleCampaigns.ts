import type { TaskConfig } from 'payload'

import { runOutcomes } from '@/services/donations/settle-campaigns'

export const settleCampaignsTask: TaskConfig<'settleCampaigns'> = {
  slug: 'settleCampaigns',
  label: 'Clore les collectes terminées : versements, remboursements, fonds solidaire',
  schedule: [{ cron: '*/5 * * * *', queue: 'default' }],
  outputSchema: [
    { name: 'succeeded', type: 'number' },
    { name: 'failed', type: 'number' },
    { name: 'waiting', type: 'number' },
    { name: 'defaults', type: 'number' },
    { name: 'refunded', type: 'number' },
    { name: 'transferred', type: 'number' },
  ],
  // Each step is safe to re-run: a failed run is simply run again by the next schedule.
  retries: 0,
  handler: async ({ req }) => ({ output: await runOutcomes(req.payload) }),
}
