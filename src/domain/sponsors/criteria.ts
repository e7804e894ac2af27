import { formatWholeEuros } from '@/domain/text/format'

/**
 * A programme's criteria (domain.md, "Sponsors"), matched against a project: each criterion set on
 * the programme must hold; unset criteria do not restrict. The explanation names every criterion
 * met (or the first that failed), in French, and is stored with each top-up.
 */
export type Criteria = {
  themes?: readonly number[]
  departments?: readonly number[]
  academies?: readonly number[]
  levels?: readonly ('ecole' | 'college' | 'lycee')[]
  /** Any of: REP, REP+, isolated rural ("in priority-education or isolated rural areas"). */
  territories?: readonly ('rep' | 'rep_plus' | 'isolated_rural')[]
  vocationalLycee?: boolean
  courteEchelleOnly?: boolean
  kinds?: readonly string[]
  minNights?: number | null
  maxMinimumGoalCents?: number | null
}

export type ProjectFacts = {
  themes: readonly number[]
  department: number | null
  academy: number | null
  level: string | null
  priorityEducation: string | null
  isolatedRural: boolean
  establishmentKind: string | null
  courteEchelle: boolean
  kind: string | null
  nights: number | null
  minimumGoalCents: number
}

export type CriteriaMatch = { eligible: boolean; met: string[]; failed: string[] }

const LEVEL_LABELS: Record<string, string> = { ecole: 'école', college: 'collège', lycee: 'lycée' }
const TERRITORY_LABELS: Record<string, string> = { rep: 'REP', rep_plus: 'REP+', isolated_rural: 'rural isolé' }
const euros = (cents: number) => formatWholeEuros(cents).replace(/\s/g, ' ')

export function matchCriteria(criteria: Criteria, project: ProjectFacts): CriteriaMatch {
  const met: string[] = []
  const failed: string[] = []
  const check = (applies: boolean, ok: () => boolean, text: string) => {
    if (applies) (ok() ? met : failed).push(text)
  }
  check(
    Boolean(criteria.themes?.length),
    () => project.themes.some((t) => criteria.themes!.includes(t)),
    'thématique du programme',
  )
  check(
    Boolean(criteria.departments?.length),
    () => project.department !== null && criteria.departments!.includes(project.department),
    'département du programme',
  )
  check(
    Boolean(criteria.academies?.length),
    () => project.academy !== null && criteria.academies!.includes(project.academy),
    'académie du programme',
  )
  check(
    Boolean(criteria.levels?.length),
    () => project.level !== null && (criteria.levels as readonly string[]).includes(project.level),
    `niveau : ${(criteria.levels ?? []).map((l) => LEVEL_LABELS[l]).join(' ou ')}`,
  )
  const territory = [
    project.priorityEducation === 'rep' && 'rep',
    project.priorityEducation === 'rep_plus' && 'rep_plus',
    project.isolatedRural && 'isolated_rural',
  ].filter(Boolean) as string[]
  check(
    Boolean(criteria.territories?.length),
    () => territory.some((t) => (criteria.territories as readonly string[]).includes(t)),
    `école en ${(criteria.territories ?? []).map((t) => TERRITORY_LABELS[t]).join(' ou ')}`,
  )
  check(Boolean(criteria.vocationalLycee), () => project.establishmentKind === 'lycee_pro', 'lycée professionnel')
  check(Boolean(criteria.courteEchelleOnly), () => project.courteEchelle, 'label Courte Échelle')
  check(
    Boolean(criteria.kinds?.length),
    () => project.kind !== null && criteria.kinds!.includes(project.kind),
    'type de projet du programme',
  )
  check(
    Boolean(criteria.minNights),
    () => (project.nights ?? 0) >= (criteria.minNights ?? 0),
    `${criteria.minNights} nuitées ou plus`,
  )
  check(
    criteria.maxMinimumGoalCents != null,
    () => project.minimumGoalCents <= (criteria.maxMinimumGoalCents ?? Infinity),
    `objectif minimum de ${euros(criteria.maxMinimumGoalCents ?? 0)} au plus`,
  )
  return { eligible: failed.length === 0, met, failed }
}

export type FieldProblem = { path: string; message: string }

/** Criteria that no project could meet, or a nonsense value: on the field to correct. */
export function criteriaProblems(criteria: Criteria): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (criteria.vocationalLycee && criteria.levels?.length && !criteria.levels.includes('lycee')) {
    problems.push({
      path: 'criteria.vocationalLycee',
      message: 'Un programme réservé aux lycées professionnels doit inclure le niveau lycée.',
    })
  }
  if (criteria.minNights != null && (!Number.isInteger(criteria.minNights) || criteria.minNights < 0))
    problems.push({ path: 'criteria.minNights', message: 'Indiquez un nombre de nuitées positif.' })
  if (
    criteria.minNights &&
    criteria.kinds?.length &&
    !criteria.kinds.some((k) => k === 'stay_with_nights' || k === 'international_trip')
  ) {
    problems.push({
      path: 'criteria.minNights',
      message: 'Des nuitées minimales demandent un type de projet avec nuitées (séjour ou voyage).',
    })
  }
  if (criteria.maxMinimumGoalCents != null && criteria.maxMinimumGoalCents <= 0)
    problems.push({ path: 'criteria.maxMinimumGoalCents', message: 'Indiquez un montant positif.' })
  return problems
}
