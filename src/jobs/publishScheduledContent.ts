import type { TaskConfig } from 'payload'

import { publishIfStillScheduled } from '@/services/content/publish-scheduled'

/**
 * Queued when an editor saves a draft with a future "publish at" time (waitUntil = that time):
 * publishes the draft then, unless it was rescheduled, unscheduled or published meanwhile.
 */
export const publishScheduledContentTask: TaskConfig<'publishScheduledContent'> = {
  slug: 'publishScheduledContent',
  label: 'Publier un contenu programmé',
  retries: 3,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'number', required: true },
    { name: 'publishAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'published', type: 'checkbox' }],
  handler: async ({ input, req }) => ({
    output: { published: await publishIfStillScheduled(req.payload, input, new Date(), req) },
  }),
}
