import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { checkGoals } from '@/domain/projects/goals'

/** Goals are checked on every save where both are known; completeness is checked at submission. */
export const checkGoalsOnSave: CollectionBeforeValidateHook = ({ data, originalDoc, collection }) => {
  const merged = { ...originalDoc, ...data }
  if (merged.minimumGoalCents == null || merged.optimumGoalCents == null) return data
  const { problems } = checkGoals({
    minimumCents: merged.minimumGoalCents,
    optimumCents: merged.optimumGoalCents,
    capOverridden: Boolean(merged.minimumCapOverride),
  })
  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems })
  return data
}
