'use server'

import { headers } from 'next/headers'

import { QUESTIONNAIRE_CLIENT } from '@/domain/write-context'
import { HONEYPOT_FIELD } from '@/domain/tne/questionnaire'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { clientAddress } from '@/services/rate-limit'
import type { FormState } from './form-state'
import { formTextValues } from '@/ui/forms/form-values'

/**
 * A refusal thrown by Payload (ValidationError: field errors; APIError: a public message), read by
 * its shape: a server action may run in another bundle layer than the one whose Payload instance
 * threw, and `instanceof` then fails.
 */
function payloadRefusal(error: unknown): { fields?: Record<string, string>; message: string } | null {
  const e = error as {
    status?: unknown
    isPublic?: unknown
    message?: unknown
    data?: { errors?: { path?: string; message?: string }[] }
  } | null
  if (!e || typeof e.status !== 'number' || e.status < 400 || e.status >= 500 || typeof e.message !== 'string')
    return null
  const list = Array.isArray(e.data?.errors) ? e.data.errors.filter((x) => x.path && x.message) : []
  if (list.length) return { fields: Object.fromEntries(list.map((x) => [x.path!, x.message!])), message: e.message }
  return e.isPublic ? { message: e.message } : null
}

/**
 * The questionnaire page's form: the answers go through the same create (and rules) as any other
 * path, as an anonymous visitor; refusals come back on their fields or as a message.
 */
export async function answerQuestionnaireAction(_: FormState, form: FormData): Promise<FormState> {
  const values = formTextValues(form)
  const workshop = Number(values.atelier)
  const formId = Number(values.questionnaire)
  const payload = await getPayloadOrUnavailable()
  const submissionData = Object.entries(values)
    .filter(([field]) => field !== 'atelier' && field !== 'questionnaire')
    .map(([field, value]) => ({ field, value }))
  try {
    await payload.create({
      collection: 'form-submissions',
      data: { form: formId, workshop, submissionData },
      overrideAccess: false,
      depth: 0,
      context: { [QUESTIONNAIRE_CLIENT]: clientAddress(await headers()) },
    })
  } catch (error) {
    const shown = Object.fromEntries(Object.entries(values).filter(([field]) => field !== HONEYPOT_FIELD))
    const refusal = payloadRefusal(error)
    if (!refusal) throw error
    return { errors: refusal.fields ?? { _form: refusal.message }, values: shown }
  }
  return {
    done: true,
    message:
      'Merci ! Vos réponses sont enregistrées, de façon anonyme. Elles aideront à améliorer les prochains ateliers.',
  }
}
