/**
 * Scheduled publication: an editor saves a draft with a future "publish at" time, and the jobs
 * queue publishes that draft then. Decides what a save does with the schedule.
 */
export type ScheduleInput = {
  /** The status the save asks for. */
  status: 'draft' | 'published'
  /** The schedule in the saved data (ISO date-time), if any. */
  publishAt: string | null | undefined
  /** The schedule stored before this save, if any. */
  previousPublishAt: string | null | undefined
  now: Date
}

export type ScheduleDecision = { ok: true; publishAt: string | null; queue: boolean } | { ok: false; message: string }

export const SCHEDULE_PAST_MESSAGE =
  'La date de publication programmée est passée : choisissez une date et une heure à venir.'
export const SCHEDULE_INVALID_MESSAGE = 'Indiquez une date et une heure de publication valides.'
/** At most this far ahead (a typo such as 2062 instead of 2026 is refused). */
export const SCHEDULE_MAX_DAYS = 2 * 366

const sameInstant = (a: string | null | undefined, b: string | null | undefined) =>
  Boolean(a && b && new Date(a).getTime() === new Date(b).getTime())

export function decideSchedule({ status, publishAt, previousPublishAt, now }: ScheduleInput): ScheduleDecision {
  // Publishing now replaces any schedule (the queued job then finds nothing to do).
  if (status === 'published' || !publishAt) return { ok: true, publishAt: null, queue: false }
  const at = new Date(publishAt)
  if (Number.isNaN(at.getTime())) return { ok: false, message: SCHEDULE_INVALID_MESSAGE }
  // Saving again a draft already scheduled: the job is queued; the time may have passed meanwhile.
  if (sameInstant(publishAt, previousPublishAt)) return { ok: true, publishAt: at.toISOString(), queue: false }
  if (at.getTime() <= now.getTime()) return { ok: false, message: SCHEDULE_PAST_MESSAGE }
  if (at.getTime() - now.getTime() > SCHEDULE_MAX_DAYS * 86_400_000) {
    return { ok: false, message: 'La publication ne peut pas être programmée plus de deux ans à l’avance.' }
  }
  return { ok: true, publishAt: at.toISOString(), queue: true }
}

/** Whether the job queued for `scheduledFor` should still publish the document as it is now. */
export function isScheduleStillDue(
  doc: { publishAt?: string | null; _status?: string | null },
  scheduledFor: string,
  now: Date,
): boolean {
  if (doc._status === 'published') return false
  if (!sameInstant(doc.publishAt, scheduledFor)) return false
  return new Date(scheduledFor).getTime() <= now.getTime()
}
