import { FUND_CALL_STATUSES } from '@/domain/tne/fund-calls'
import { transitionEndpoint } from '@/endpoints/lifecycle-transition'
import { transitionFundCall } from '@/services/tne/transition-fund-call'

/** POST /api/fund-calls/:id/transition { to: approved | rejected | paid }: 401 · 404 not theirs · 403 the requester · 409 refused. */
export const fundCallTransitionEndpoint = transitionEndpoint(FUND_CALL_STATUSES, async (payload, { id, ...input }) => {
  const call = await transitionFundCall(payload, { fundCallId: id, ...input })
  return { id: call.id, status: call.status }
})
