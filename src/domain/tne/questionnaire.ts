/**
 * The parents' satisfaction questionnaire: its questions come from a form of the form builder
 * (`forms`), its answers are anonymous submissions linked to a workshop.
 */

/** A question of the form, as the form builder stores it (the blocks we render). */
export type Question = {
  blockType: string
  name: string
  label?: string | null
  required?: boolean | null
  options?: { label: string; value: string }[] | null
}

export type Answer = { field: string; value: string }

/** The hidden field a person never fills (bots do). */
export const HONEYPOT_FIELD = 'site_web'

/** Days after the workshop's start during which parents may answer. */
export const ANSWER_WINDOW_DAYS = 30
/** When neither participants nor capacity are known, at most this many answers per workshop. */
export const DEFAULT_MAX_ANSWERS = 200

const CHOICE_TYPES = new Set(['select', 'radio'])
const TEXT_MAX = 2000

/** Reads the posted values against the questions: a French error per field, or the answers to store. */
export function parseAnswers(
  questions: Question[],
  values: Record<string, string | undefined>,
): { ok: true; answers: Answer[] } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const answers: Answer[] = []
  for (const q of questions) {
    if (q.blockType === 'message' || !q.name) continue
    const raw = (values[q.name] ?? '').trim()
    if (!raw) {
      if (q.required)
        errors[q.name] =
          CHOICE_TYPES.has(q.blockType) || q.blockType === 'checkbox'
            ? 'Choisissez une réponse.'
            : 'Répondez à cette question.'
      continue
    }
    if (CHOICE_TYPES.has(q.blockType) && !(q.options ?? []).some((o) => o.value === raw)) {
      errors[q.name] = 'Choisissez une des réponses proposées.'
      continue
    }
    if (q.blockType === 'number' && !/^\d{1,4}$/.test(raw)) {
      errors[q.name] = 'Indiquez un nombre entier.'
      continue
    }
    if (raw.length > TEXT_MAX) {
      errors[q.name] = `Votre réponse est limitée à ${TEXT_MAX} caractères.`
      continue
    }
    answers.push({ field: q.name, value: q.blockType === 'checkbox' ? 'oui' : raw })
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers }
}

export type WorkshopForAnswers = {
  status: string
  published: boolean
  startsAt: string
  participants?: number | null
  capacity?: number | null
}

/** May one more answer be recorded for this workshop now? */
export function decideAnswer(
  w: WorkshopForAnswers,
  answersSoFar: number,
  now: Date,
): { ok: true } | { ok: false; message: string } {
  if (!w.published || w.status === 'cancelled') return { ok: false, message: 'Ce questionnaire n’est pas ouvert.' }
  const starts = new Date(w.startsAt).getTime()
  if (now.getTime() < starts) return { ok: false, message: 'Le questionnaire ouvrira après l’atelier.' }
  if (now.getTime() > starts + ANSWER_WINDOW_DAYS * 86_400_000)
    return {
      ok: false,
      message: `Le questionnaire est clos : il restait ouvert ${ANSWER_WINDOW_DAYS} jours après l’atelier.`,
    }
  const max = w.participants ?? w.capacity ?? DEFAULT_MAX_ANSWERS
  if (answersSoFar >= max)
    return { ok: false, message: 'Le questionnaire a reçu autant de réponses que l’atelier comptait de participants.' }
  return { ok: true }
}

export type QuestionResult =
  | {
      name: string
      label: string
      kind: 'choice'
      total: number
      counts: { value: string; label: string; count: number }[]
    }
  | { name: string; label: string; kind: 'number'; total: number; average: number | null }
  | { name: string; label: string; kind: 'text'; total: number }

export type Results = { answers: number; questions: QuestionResult[] }

/** Aggregates submissions: counts per option for choices, the average for numbers, the count of written answers. */
export function aggregateAnswers(questions: Question[], submissions: Answer[][]): Results {
  const byField = (name: string) =>
    submissions
      .map((s) => s.find((a) => a.field === name)?.value)
      .filter((v): v is string => v !== undefined && v !== '')
  const results: QuestionResult[] = []
  for (const q of questions) {
    if (q.blockType === 'message' || !q.name) continue
    const label = q.label ?? q.name
    const values = byField(q.name)
    if (CHOICE_TYPES.has(q.blockType)) {
      results.push({
        name: q.name,
        label,
        kind: 'choice',
        total: values.length,
        counts: (q.options ?? []).map((o) => ({
          value: o.value,
          label: o.label,
          count: values.filter((v) => v === o.value).length,
        })),
      })
    } else if (q.blockType === 'number') {
      const numbers = values.map(Number).filter(Number.isFinite)
      results.push({
        name: q.name,
        label,
        kind: 'number',
        total: numbers.length,
        average: numbers.length ? Math.round((numbers.reduce((a, b) => a + b, 0) / numbers.length) * 10) / 10 : null,
      })
    } else {
      results.push({ name: q.name, label, kind: 'text', total: values.length })
    }
  }
  return { answers: submissions.length, questions: results }
}
