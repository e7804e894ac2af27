import { NBSP, NNBSP } from '@/domain/text/typography'

import { formatEuros, percent } from './format'

/** The campaign's progress towards its minimum and optimum, as native, labelled progress bars. */
export function ProjectProgress({
  collectedCents,
  minimumGoalCents,
  optimumGoalCents,
  id,
}: {
  collectedCents: number
  minimumGoalCents: number
  optimumGoalCents: number
  id: string
}) {
  return (
    <div className="progress">
      <p>
        <strong>{formatEuros(collectedCents)}</strong> collectés
      </p>
      <label htmlFor={`${id}-min`}>
        {`Objectif minimum ${formatEuros(minimumGoalCents)}${NBSP}: ${percent(collectedCents, minimumGoalCents)}${NNBSP}%`}
      </label>
      <progress id={`${id}-min`} max={minimumGoalCents} value={Math.min(collectedCents, minimumGoalCents)} />
      <label htmlFor={`${id}-opt`}>
        {`Objectif optimum ${formatEuros(optimumGoalCents)}${NBSP}: ${percent(collectedCents, optimumGoalCents)}${NNBSP}%`}
      </label>
      <progress id={`${id}-opt`} max={optimumGoalCents} value={Math.min(collectedCents, optimumGoalCents)} />
    </div>
  )
}
