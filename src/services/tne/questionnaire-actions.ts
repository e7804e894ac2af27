'use server'

import config from '@payload-config'
import { headers } from 'next/headers'
import { APIError, getPayload, ValidationError } from 'payload'

import { QUESTIONNAIRE_CLIENT } from '@/collections/Questionnaire/hooks/checkAnswer'
import { HONEYPOT_FIELD } from '@/domain/tne/questionnaire'
import type { FormState } from '@/ui/forms/Field'
import { formTextValues } from '@/ui/forms/form-values'

import { clientKey } from './questionnaire-limiter'

/**
 * The questionnaire page's form: the answers go through the same create (and rules) as any other
 * path, as an anonymous visitor; refusals come back on their fields or as a message.
 */
export async function answerQuestionnaireAction(_: FormState, form: FormData): Promise<FormState> {
  const values = formTextValues(form)
  const workshop = Number(values.atelier)
  const formId = Number(values.questionnaire)
  const payload = await getPayload({ config })
  const submissionData = Object.entries(values)
    .filter(([field]) => field !== 'atelier' && field !== 'questionnaire')
    .map(([field, value]) => ({ field, value }))
  try {
    await payload.create({
      collection: 'form-submissions',
      data: { form: formId, workshop, submissionData },
      overrideAccess: false,
      depth: 0,
      context: { [QUESTIONNAIRE_CLIENT]: clientKey(await headers()) ?? undefined },
    })
  } catch (error) {
    const shown = Object.fromEntries(Object.entries(values).filter(([field]) => field !== HONEYPOT_FIELD))
    if (error instanceof ValidationError) {
      const errors = Object.fromEntries(error.data.errors.map((e) => [e.path, e.message]))
      return { errors, values: shown }
    }
    if (error instanceof APIError) return { errors: { _form: error.message }, values: shown }
    throw error
  }
  return { done: true, message: 'Merci ! Vos réponses sont enregistrées, de façon anonyme. Elles aideront à améliorer les prochains ateliers.' }
}
