import {
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  ValidationError,
} from 'payload'

import { REQUIRED_TO_SCHEDULE_MESSAGE, missingPaths, requiredPaths } from '@/domain/content/required-fields'
import { decideSchedule } from '@/domain/content/schedule'
import { revalidatePages } from '@/services/cache/next-revalidate'

import { EDITORIAL_PAGES } from './cached-pages'

type EditorialSlug = keyof typeof EDITORIAL_PAGES

const scheduleKey = (collection: string) => `scheduledPublication:${collection}`

/**
 * Publication schedule of a draft (field `publishAt`): refuses a time in the past and a draft
 * missing what publishing requires, on their fields; remembers a new schedule for the job to be
 * queued once the draft is saved. Publishing by hand drops the schedule.
 */
export const scheduleOnSave: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const status = data._status === 'published' ? 'published' : 'draft'
  const decision = decideSchedule({
    status,
    publishAt: data.publishAt,
    previousPublishAt: originalDoc?.publishAt,
    now: new Date(),
  })
  if (!decision.ok)
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'publishAt', message: decision.message }],
    })
  if (decision.queue) {
    const merged = { ...(originalDoc ?? {}), ...data }
    const missing = missingPaths(merged, requiredPaths(collection.fields as never))
    if (missing.length)
      throw new ValidationError({
        collection: collection.slug,
        errors: missing.map((path) => ({ path, message: REQUIRED_TO_SCHEDULE_MESSAGE })),
      })
    req.context[scheduleKey(collection.slug)] = decision.publishAt
  }
  return { ...data, publishAt: decision.publishAt }
}

/** Queues the publication job of a newly scheduled draft, in the transaction that saved it. */
export const queueScheduledPublication: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const publishAt = req.context[scheduleKey(collection.slug)]
  if (typeof publishAt !== 'string' || doc.publishAt !== publishAt) return doc
  delete req.context[scheduleKey(collection.slug)]
  await req.payload.jobs.queue({
    task: 'publishScheduledContent',
    input: { collection: collection.slug, id: doc.id, publishAt },
    waitUntil: new Date(publishAt),
    req,
  })
  return doc
}

/** The visitors' date of a document: its first publication's, unless an editor set one. */
export const setPublishedDate: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status !== 'published' || data.publishedDate || originalDoc?.publishedDate) return data
  return { ...data, publishedDate: new Date().toISOString() }
}

/**
 * Public pages showing this kind of content are re-rendered on their next visit when a document
 * is published, changed while published, unpublished or deleted (a draft saved over nothing
 * public changes nothing a visitor sees). Blocks listing the latest content live on pages, so
 * those are refreshed too.
 */
export const revalidateEditorial =
  (slug: EditorialSlug): CollectionAfterChangeHook & CollectionAfterDeleteHook =>
  ({ doc, previousDoc }: { doc: { _status?: string | null }; previousDoc?: { _status?: string | null } }) => {
    const visible = doc?._status === 'published' || previousDoc?._status === 'published' || previousDoc === undefined
    if (visible)
      revalidatePages(
        ...EDITORIAL_PAGES[slug].map(([path, type]) => [path, type] as [string, 'page' | 'layout']),
        ...EDITORIAL_PAGES.pages.map(([path, type]) => [path, type] as [string, 'page' | 'layout']),
      )
    return doc
  }

/** The hooks every editorial collection carries, in order. */
export const editorialHooks = (slug: EditorialSlug) => ({
  beforeChange: [scheduleOnSave, setPublishedDate],
  afterChange: [queueScheduledPublication, revalidateEditorial(slug)],
  afterDelete: [revalidateEditorial(slug)],
})
