import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { findLabelClashes, themeTable } from '@/domain/history/legacy-labels'
import type { Theme } from '@/payload-types'

/** An alternative label must not already name another theme: the history import would not know which one it means. */
export const checkAlternativeLabels: CollectionBeforeChangeHook<Theme> = async ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  const labels = (data.alternativeLabels ?? originalDoc?.alternativeLabels ?? []).map((a) => a.label ?? '')
  if (!labels.length) return data
  const self = originalDoc?.id ?? 0 // a new theme has no id yet; ids start at 1
  const { docs: others } = await req.payload.find({
    collection: 'themes',
    where: originalDoc ? { id: { not_equals: originalDoc.id } } : {},
    pagination: false,
    depth: 0,
    req,
  })
  const clashes = findLabelClashes(
    labels.map((label) => ({ label, target: self })),
    themeTable(
      others.map((t) => ({
        id: t.id,
        name: t.name,
        slug: t.slug ?? '',
        alternativeLabels: (t.alternativeLabels ?? []).map((a) => a.label),
      })),
    ),
  )
  if (clashes.length) {
    throw new ValidationError({
      collection: collection.slug,
      errors: clashes.map(({ index, heldBy }) => ({
        path: `alternativeLabels.${index}.label`,
        message: `« ${labels[index]} » désigne déjà la thématique « ${heldBy} ».`,
      })),
    })
  }
  return data
}
