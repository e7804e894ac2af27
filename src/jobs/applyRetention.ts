import type { TaskConfig } from 'payload'

import { applyRetention } from '@/services/retention/apply-retention'

/** Daily: erased donors' identities anonymised, receipts' PDFs deleted, once their legal retention has ended. */
export const applyRetentionTask: TaskConfig<'applyRetention'> = {
  slug: 'applyRetention',
  label: 'Appliquer les durées de conservation (identités des donateurs effacés, PDF des reçus)',
  schedule: [{ cron: '30 3 * * *', queue: 'default' }],
  outputSchema: [
    { name: 'anonymisedGifts', type: 'number' },
    { name: 'deletedReceiptFiles', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  retries: 0,
  handler: async ({ req }) => {
    const report = await applyRetention(req.payload)
    return {
      output: {
        anonymisedGifts: report.giftIdentities.length,
        deletedReceiptFiles: report.receiptFiles.length - report.failed.length,
        failed: report.failed.length,
      },
    }
  },
}
