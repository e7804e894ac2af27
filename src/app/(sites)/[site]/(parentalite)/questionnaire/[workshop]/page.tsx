import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { HONEYPOT_FIELD } from '@/domain/tne/questionnaire'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { questionnaireFor } from '@/services/tne/questionnaire-page'
import { answerQuestionnaireAction } from '@/actions/questionnaire'
import { questionsOf } from '@/services/tne/questionnaire-form'
import { ActionForm, Choices, Field } from '@/ui/forms/Field'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Votre avis sur l’atelier', robots: { index: false } }

type Props = { params: Promise<{ site: string; workshop: string }> }

const when = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Paris',
})

/** The parents' satisfaction questionnaire of one workshop: anonymous, a few questions, no account. */
export default async function QuestionnairePage({ params }: Props) {
  const found = await questionnaireFor(await getPayloadOrUnavailable(), decodeURIComponent((await params).workshop))
  if (!found) notFound()
  const { workshop, form, closedBecause } = found
  const questions = form ? questionsOf(form) : []
  const labels = Object.fromEntries(questions.map((q) => [q.name, q.label ?? q.name]))
  return (
    <>
      <h1>Votre avis sur l’atelier</h1>
      <p className="page__intro">
        « {workshop.title} », le {when.format(new Date(workshop.startsAt))} à {workshop.commune}.
      </p>
      {closedBecause || !form ? (
        <p>
          {closedBecause} <Link href="/agenda">Voir les prochains ateliers</Link>.
        </p>
      ) : (
        <>
          <p>
            Vos réponses sont anonymes : nous ne demandons ni votre nom ni vos coordonnées. Elles servent à améliorer
            les ateliers. Les questions marquées d’un astérisque (*) sont obligatoires.
          </p>
          <ActionForm action={answerQuestionnaireAction} labels={labels}>
            <input type="hidden" name="atelier" value={workshop.id} />
            <input type="hidden" name="questionnaire" value={form.id} />
            {questions.map((q) => {
              const label = q.label ?? q.name
              switch (q.blockType) {
                case 'radio':
                  return (
                    <Choices
                      key={q.name}
                      name={q.name}
                      legend={q.required ? `${label} *` : label}
                      type="radio"
                      options={q.options ?? []}
                    />
                  )
                case 'select':
                  return (
                    <Field
                      key={q.name}
                      name={q.name}
                      label={label}
                      as="select"
                      required={Boolean(q.required)}
                      options={q.options ?? []}
                    />
                  )
                case 'textarea':
                  return (
                    <Field
                      key={q.name}
                      name={q.name}
                      label={label}
                      as="textarea"
                      required={Boolean(q.required)}
                      maxLength={2000}
                    />
                  )
                case 'number':
                  return (
                    <Field
                      key={q.name}
                      name={q.name}
                      label={label}
                      inputMode="numeric"
                      required={Boolean(q.required)}
                    />
                  )
                case 'text':
                  return (
                    <Field key={q.name} name={q.name} label={label} required={Boolean(q.required)} maxLength={500} />
                  )
                case 'checkbox':
                  return (
                    <Choices
                      key={q.name}
                      name={q.name}
                      legend={label}
                      type="checkbox"
                      options={[{ value: 'oui', label: 'Oui' }]}
                    />
                  )
                default:
                  return null
              }
            })}
            <div className="honeypot" aria-hidden="true">
              <label htmlFor={HONEYPOT_FIELD}>Ne pas remplir ce champ</label>
              <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
            </div>
            <p>
              <button type="submit">{form.submitButtonLabel || 'Envoyer'}</button>
            </p>
          </ActionForm>
        </>
      )}
    </>
  )
}
