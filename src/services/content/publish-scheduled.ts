import type { Payload, PayloadRequest } from 'payload'

import { isScheduleStillDue } from '@/domain/content/schedule'

const SCHEDULABLE_COLLECTIONS = ['pages', 'news', 'expert-articles', 'workshop-kits'] as const
type SchedulableCollection = (typeof SCHEDULABLE_COLLECTIONS)[number]

export function isSchedulable(slug: string): slug is SchedulableCollection {
  return (SCHEDULABLE_COLLECTIONS as readonly string[]).includes(slug)
}

/**
 * Publishes the latest draft of a document if it is still scheduled for `publishAt` (an editor
 * may have rescheduled, unscheduled or published it meanwhile: then nothing happens). Returns
 * whether it published. Running it twice publishes once.
 */
export async function publishIfStillScheduled(
  payload: Payload,
  { collection, id, publishAt }: { collection: string; id: number; publishAt: string },
  now: Date,
  req?: Partial<PayloadRequest>,
): Promise<boolean> {
  if (!isSchedulable(collection)) throw new Error(`Publication programmée : collection inconnue « ${collection} ».`)
  const latest = await payload.findByID({ collection, id, draft: true, depth: 0, disableErrors: true, req })
  if (!latest || !isScheduleStillDue(latest, publishAt, now)) return false
  await payload.update({ collection, id, data: { _status: 'published', publishAt: null } as never, depth: 0, req })
  return true
}
