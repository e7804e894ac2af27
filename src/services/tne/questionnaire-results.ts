import type { Payload, Where } from 'payload'

import { relationId } from '@/domain/access/ids'
import { type Answer, type Results, aggregateAnswers } from '@/domain/tne/questionnaire'
import type { User } from '@/payload-types'

import { questionnaireFormFor, questionsOf } from './questionnaire-form'
import { frenchCsv } from '@/services/exports/table-file'

export type QuestionnaireResults = {
  workshops: { id: number; title: string; territory: string; startsAt: string; results: Results }[]
  territories: { id: number; name: string; results: Results }[]
}

/**
 * The parents' answers the user may read (their territories' workshops; every one for admins),
 * aggregated per workshop and per territory. Territories aggregate the questions of the default
 * questionnaire.
 */
export async function questionnaireResults(
  payload: Payload,
  user: User,
  filters: { workshop?: number; territory?: number },
): Promise<QuestionnaireResults> {
  const where: Where = {
    and: [
      filters.workshop ? { workshop: { equals: filters.workshop } } : {},
      filters.territory ? { territory: { equals: filters.territory } } : {},
    ],
  }
  const { docs } = await payload.find({
    collection: 'form-submissions',
    where,
    user,
    overrideAccess: false,
    pagination: false,
    depth: 0,
    select: { workshop: true, territory: true, submissionData: true },
  })
  const answersOf = (doc: (typeof docs)[number]): Answer[] =>
    (doc.submissionData ?? []).map((e) => ({ field: e.field, value: e.value }))
  const workshopIds = [
    ...new Set(docs.map((d) => relationId(d.workshop)).filter((id): id is number => typeof id === 'number')),
  ]
  const territoryIds = [
    ...new Set(docs.map((d) => relationId(d.territory)).filter((id): id is number => typeof id === 'number')),
  ]
  const [workshops, territories] = await Promise.all([
    payload.find({
      collection: 'workshops',
      where: { id: { in: workshopIds } },
      user,
      overrideAccess: false,
      pagination: false,
      depth: 0,
      select: { title: true, territory: true, startsAt: true, questionnaire: true },
    }),
    payload.find({
      collection: 'territories',
      where: { id: { in: territoryIds } },
      pagination: false,
      depth: 0,
      select: { name: true },
      overrideAccess: false,
    }),
  ])
  const territoryName = new Map(territories.docs.map((t) => [t.id, t.name]))
  const defaultForm = await questionnaireFormFor(payload, { questionnaire: null })
  const perWorkshop: QuestionnaireResults['workshops'] = []
  for (const w of workshops.docs.sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const form = await questionnaireFormFor(payload, w)
    if (!form) continue
    const answers = docs.filter((d) => relationId(d.workshop) === w.id).map(answersOf)
    perWorkshop.push({
      id: w.id,
      title: w.title,
      territory: territoryName.get(relationId(w.territory) as number) ?? '',
      startsAt: w.startsAt,
      results: aggregateAnswers(questionsOf(form), answers),
    })
  }
  const perTerritory = territoryIds
    .map((id) => ({
      id,
      name: territoryName.get(id) ?? String(id),
      results: aggregateAnswers(
        defaultForm ? questionsOf(defaultForm) : [],
        docs.filter((d) => relationId(d.territory) === id).map(answersOf),
      ),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
  return { workshops: perWorkshop, territories: perTerritory }
}

const HEADER = ['Niveau', 'Territoire', 'Atelier', 'Date', 'Réponses', 'Question', 'Réponse', 'Nombre', 'Moyenne']

/** The results as CSV (semicolons and a BOM, for spreadsheet software in French): one line per question and answer. */
export function resultsCsv(results: QuestionnaireResults): string {
  const lines: (string | number)[][] = []
  const push = (level: string, territory: string, workshop: string, date: string, r: Results) => {
    for (const q of r.questions) {
      if (q.kind === 'choice')
        for (const c of q.counts)
          lines.push([level, territory, workshop, date, r.answers, q.label, c.label, c.count, ''])
      else if (q.kind === 'number')
        lines.push([
          level,
          territory,
          workshop,
          date,
          r.answers,
          q.label,
          '',
          q.total,
          q.average === null ? '' : String(q.average).replace('.', ','),
        ])
      else lines.push([level, territory, workshop, date, r.answers, q.label, '(réponses écrites)', q.total, ''])
    }
  }
  for (const t of results.territories) push('Territoire', t.name, '', '', t.results)
  for (const w of results.workshops) push('Atelier', w.territory, w.title, w.startsAt.slice(0, 10), w.results)
  return frenchCsv([HEADER, ...lines])
}
