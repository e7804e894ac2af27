import type { TaskConfig } from 'payload'

import { issueDueReceipts, renderDueReceipts } from '@/services/receipts/receipt-jobs'

export const issueReceiptsTask: TaskConfig<'issueReceipts'> = {
  slug: 'issueReceipts',
  label: 'Émettre et mettre en forme les reçus fiscaux',
  schedule: [{ cron: '*/10 * * * *', queue: 'default' }],
  outputSchema: [
    { name: 'issued', type: 'number' },
    { name: 'flagged', type: 'number' },
    { name: 'rendered', type: 'number' },
  ],
  retries: 0,
  handler: async ({ req }) => {
    const counts = await issueDueReceipts(req.payload)
    return { output: { ...counts, rendered: await renderDueReceipts(req.payload) } }
  },
}
