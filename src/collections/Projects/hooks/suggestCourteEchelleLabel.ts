import type { CollectionBeforeChangeHook } from 'payload'

import { suggestCourteEchelle } from '@/domain/projects/courte-echelle'

/** Keeps the platform's suggestion (and its reasons) up to date; a moderator confirms the label. */
export const suggestCourteEchelleLabel: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const establishmentValue = data.establishment ?? originalDoc?.establishment
  const establishmentId =
    typeof establishmentValue === 'object' && establishmentValue ? establishmentValue.id : establishmentValue
  const inclusive = Boolean(data.inclusive ?? originalDoc?.inclusive)
  if (!establishmentId) return { ...data, courteEchelleSuggestion: inclusive ? ['inclusive_project'] : [] }
  const establishment = await req.payload.findByID({
    collection: 'establishments',
    id: establishmentId,
    depth: 0,
    req,
    select: { kind: true, priorityEducation: true, isolatedRural: true },
  })
  return {
    ...data,
    courteEchelleSuggestion: suggestCourteEchelle(
      {
        kind: establishment.kind,
        priorityEducation: establishment.priorityEducation,
        isolatedRural: Boolean(establishment.isolatedRural),
      },
      { inclusive },
    ),
  }
}
