import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '@/domain/access/ids'
import type { Question } from '@/domain/tne/questionnaire'
import type { Form, Workshop } from '@/payload-types'

/** The form parents answer after a workshop: the workshop's own, or the default satisfaction questionnaire. */
export async function questionnaireFormFor(
  payload: Payload,
  workshop: Pick<Workshop, 'questionnaire'>,
  req?: PayloadRequest,
): Promise<Form | null> {
  const own = relationId(workshop.questionnaire)
  if (own !== null) return payload.findByID({ collection: 'forms', id: own, depth: 0, req, disableErrors: true })
  const { docs } = await payload.find({
    collection: 'forms',
    where: { isParentsQuestionnaire: { equals: true } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0] ?? null
}

/** The form's questions as the domain reads them. */
export function questionsOf(form: Pick<Form, 'fields'>): Question[] {
  return (form.fields ?? []).map((block) => {
    const b = block as unknown as {
      blockType: string
      name?: string
      label?: string | null
      required?: boolean | null
      options?: { label: string; value: string }[] | null
    }
    return {
      blockType: b.blockType,
      name: b.name ?? '',
      label: b.label ?? null,
      required: b.required ?? false,
      options: b.options ?? null,
    }
  })
}
