import { CONVENTION_STATUSES } from '@/domain/tne/convention-lifecycle'
import { transitionEndpoint } from '@/endpoints/lifecycle-transition'
import { transitionConvention } from '@/services/tne/transition-convention'

/** POST /api/conventions/:id/transition { to, comment? }: 401 signed out · 404 not theirs · 409 refused · 400 incomplete. */
export const conventionTransitionEndpoint = transitionEndpoint(
  CONVENTION_STATUSES,
  async (payload, { id, ...input }) => {
    const convention = await transitionConvention(payload, { conventionId: id, ...input })
    return { id: convention.id, status: convention.status, history: convention.history }
  },
)
