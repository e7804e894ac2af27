import type { Payload } from 'payload'

import { decideAnswer } from '@/domain/tne/questionnaire'
import type { Form, Workshop } from '@/payload-types'

import { questionnaireFormFor } from './questionnaire-form'

/** What the questionnaire page of a workshop shows: the form, or why it is not open. */
export async function questionnaireFor(
  payload: Payload,
  slug: string,
  now = new Date(),
): Promise<{ workshop: Workshop; form: Form | null; closedBecause: string | null } | null> {
  const { docs } = await payload.find({
    collection: 'workshops',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const workshop = docs[0]
  if (!workshop) return null
  const form = await questionnaireFormFor(payload, workshop)
  // A count only: the answers themselves are not public.
  const { totalDocs } = await payload.count({
    collection: 'form-submissions',
    where: { workshop: { equals: workshop.id } },
    overrideAccess: true,
  })
  const decision = decideAnswer(
    {
      status: workshop.status,
      published: Boolean(workshop.published),
      startsAt: workshop.startsAt,
      participants: workshop.participants,
      capacity: workshop.capacity,
    },
    totalDocs,
    now,
  )
  return {
    workshop,
    form,
    closedBecause: !form ? 'Ce questionnaire n’est pas disponible.' : decision.ok ? null : decision.message,
  }
}
