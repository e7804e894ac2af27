import { APIError, type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { isRecordId, relationId } from '@/domain/access/ids'
import { HONEYPOT_FIELD, decideAnswer, parseAnswers } from '@/domain/tne/questionnaire'
import { QUESTIONNAIRE_CLIENT } from '@/domain/write-context'
import { lockWorkshop } from '@/services/tne/locks-and-counters'
import { questionnaireFormFor, questionsOf } from '@/services/tne/questionnaire-form'
import { clientAddress, consumeOrThrow } from '@/services/rate-limit'

type Entry = { field?: string; value?: string }

/**
 * Every answer, whatever path it takes (the public page, REST, GraphQL): at most 5 attempts per
 * client address in 10 minutes (`questionnaire.client`, shared by every instance; the address
 * read through trusted proxies only, an unknown one counted in the shared "unknown" bucket; only
 * the server's own Local API calls, the demo seed's, are not counted), none with the honeypot filled, only for a published workshop within 30
 * days after it and up to its number of participants (checked with the workshop's row locked),
 * only the form's questions, valid. Stores the answers and the workshop's territory, nothing about
 * the person.
 */
export const checkAnswer: CollectionBeforeChangeHook = async ({ data, operation, req, context }) => {
  if (operation !== 'create') return data
  if (QUESTIONNAIRE_CLIENT in context)
    await consumeOrThrow('questionnaire.client', context[QUESTIONNAIRE_CLIENT] as string | null)
  else if (req.payloadAPI !== 'local') await consumeOrThrow('questionnaire.client', clientAddress(req.headers))
  const entries = (data.submissionData ?? []) as Entry[]
  if (entries.some((e) => e.field === HONEYPOT_FIELD && e.value?.trim()))
    throw new APIError('Votre réponse n’a pas pu être enregistrée.', 400)
  const workshopId = relationId(data.workshop)
  // Not an id (an object, text…): no row to lock, and nothing to answer.
  if (workshopId === null || !isRecordId(workshopId))
    throw new ValidationError({
      collection: 'form-submissions',
      errors: [{ path: 'workshop', message: 'Indiquez l’atelier auquel se rapporte la réponse.' }],
    })
  await lockWorkshop(req.payload, req, workshopId)
  const workshop = await req.payload.findByID({
    collection: 'workshops',
    id: workshopId,
    depth: 0,
    req,
    disableErrors: true,
  })
  if (!workshop)
    throw new ValidationError({
      collection: 'form-submissions',
      errors: [{ path: 'workshop', message: 'Atelier introuvable.' }],
    })
  const form = await questionnaireFormFor(req.payload, workshop, req)
  if (!form || relationId(data.form) !== form.id)
    throw new ValidationError({
      collection: 'form-submissions',
      errors: [{ path: 'form', message: 'Ce questionnaire ne correspond pas à l’atelier.' }],
    })
  const { totalDocs } = await req.payload.count({
    collection: 'form-submissions',
    where: { workshop: { equals: workshopId } },
    req,
  })
  const open = decideAnswer(
    {
      status: workshop.status,
      published: Boolean(workshop.published),
      startsAt: workshop.startsAt,
      participants: workshop.participants,
      capacity: workshop.capacity,
    },
    totalDocs,
    new Date(),
  )
  if (!open.ok) throw new APIError(open.message, 409)
  const parsed = parseAnswers(
    questionsOf(form),
    Object.fromEntries(entries.filter((e) => e.field).map((e) => [e.field!, e.value ?? ''])),
  )
  if (!parsed.ok)
    throw new ValidationError({
      collection: 'form-submissions',
      errors: Object.entries(parsed.errors).map(([path, message]) => ({ path, message })),
    })
  return { ...data, submissionData: parsed.answers, territory: relationId(workshop.territory) }
}
