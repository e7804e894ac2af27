import { checkCampaignWindow, type WindowProblem } from './campaign-window'
import { checkGoals, type FieldProblem } from './goals'

/** What a project holds when its owner submits it (amounts in cents, dates as "YYYY-MM-DD"). */
export type ProjectDraft = {
  title?: string | null
  establishment?: unknown
  structure?: unknown
  level?: string | null
  kind?: string | null
  nights?: number | null
  pupils?: number | null
  summary?: string | null
  themes?: readonly unknown[] | null
  budgetLines?: readonly unknown[] | null
  minimumGoalCents?: number | null
  optimumGoalCents?: number | null
  minimumCapOverride?: boolean | null
  startDate?: string | null
  endDate?: string | null
  schoolHead?: { name?: string | null; email?: string | null } | null
}

/** The title a draft gets when the form creates it, before the teacher names it. */
export const DRAFT_TITLE = 'Nouveau projet'

export type SubmissionProblem = { path: string; message: string }

const REQUIRED: [keyof ProjectDraft, string][] = [
  ['title', 'Donnez un titre au projet.'],
  ['establishment', 'Choisissez l’établissement.'],
  ['structure', 'Choisissez la structure qui recevra les fonds.'],
  ['level', 'Indiquez le niveau de la classe.'],
  ['kind', 'Indiquez le type de projet.'],
  ['pupils', 'Indiquez le nombre d’élèves concernés.'],
  ['summary', 'Rédigez le résumé du projet.'],
  ['minimumGoalCents', 'Indiquez l’objectif minimum.'],
  ['optimumGoalCents', 'Indiquez l’objectif optimum.'],
  ['startDate', 'Indiquez la date de début de la collecte.'],
  ['endDate', 'Indiquez la date de fin de la collecte.'],
]

const isMissing = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

/** Everything that stops a project from being submitted, each on its field. */
export function checkSubmission(project: ProjectDraft, now: Date): SubmissionProblem[] {
  const named = project.title?.trim() === DRAFT_TITLE ? { ...project, title: null } : project
  const problems: SubmissionProblem[] = REQUIRED.filter(([field]) => isMissing(named[field])).map(
    ([path, message]) => ({ path, message }),
  )
  if (isMissing(project.themes)) problems.push({ path: 'themes', message: 'Choisissez au moins une thématique.' })
  if (isMissing(project.schoolHead?.email)) {
    problems.push({
      path: 'schoolHead.email',
      message: 'Indiquez l’e-mail de la direction de l’école, qui confirmera le projet.',
    })
  }
  if (isMissing(project.budgetLines))
    problems.push({ path: 'budgetLines', message: 'Détaillez le budget (au moins une ligne).' })
  if (project.kind === 'stay_with_nights' && !(project.nights && project.nights > 0)) {
    problems.push({ path: 'nights', message: 'Indiquez le nombre de nuitées du séjour.' })
  }
  if (project.minimumGoalCents != null && project.optimumGoalCents != null) {
    const goals: FieldProblem[] = checkGoals({
      minimumCents: project.minimumGoalCents,
      optimumCents: project.optimumGoalCents,
      capOverridden: Boolean(project.minimumCapOverride),
    }).problems
    problems.push(...goals)
  }
  if (project.startDate && project.endDate) {
    const window: WindowProblem[] = checkCampaignWindow({ startDate: project.startDate, endDate: project.endDate, now })
    problems.push(...window)
  }
  return problems
}
