import { formatWholeEuros as euros } from '@/domain/text/format'

/** Money is integer cents; euros appear only in messages. */
export const MINIMUM_GOAL_CAP_CENTS = 500_000 // 5 000 €, unless an admin overrides it
export const MINIMUM_GOAL_FLOOR_CENTS = 1_000 // 10 €, the smallest gift

export type GoalsInput = { minimumCents: number; optimumCents: number; capOverridden: boolean }
export type FieldProblem = { path: 'minimumGoalCents' | 'optimumGoalCents'; message: string }

/**
 * The goals of a campaign: refusals (`problems`) and the GIP's guidance (`warnings`, shown to the
 * teacher and the moderator but not blocking): an optimum up to twice the minimum.
 */
export function checkGoals({ minimumCents, optimumCents, capOverridden }: GoalsInput): {
  problems: FieldProblem[]
  warnings: FieldProblem[]
} {
  const problems: FieldProblem[] = []
  const warnings: FieldProblem[] = []
  if (!Number.isInteger(minimumCents) || minimumCents < MINIMUM_GOAL_FLOOR_CENTS) {
    problems.push({
      path: 'minimumGoalCents',
      message: `L’objectif minimum doit être d’au moins ${euros(MINIMUM_GOAL_FLOOR_CENTS)}.`,
    })
  } else if (minimumCents > MINIMUM_GOAL_CAP_CENTS && !capOverridden) {
    problems.push({
      path: 'minimumGoalCents',
      message: `L’objectif minimum ne peut pas dépasser ${euros(MINIMUM_GOAL_CAP_CENTS)} sans l’accord d’un administrateur.`,
    })
  }
  if (!Number.isInteger(optimumCents) || optimumCents < minimumCents) {
    problems.push({
      path: 'optimumGoalCents',
      message: 'L’objectif optimum doit être supérieur ou égal à l’objectif minimum.',
    })
  } else if (problems.length === 0 && optimumCents > 2 * minimumCents) {
    warnings.push({
      path: 'optimumGoalCents',
      message: `Le GIP conseille un objectif optimum d’au plus deux fois le minimum (${euros(2 * minimumCents)}).`,
    })
  }
  return { problems, warnings }
}
