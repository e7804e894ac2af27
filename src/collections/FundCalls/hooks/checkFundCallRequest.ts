import { APIError, type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { relationId } from '@/domain/access/ids'
import { decideFundCallRequest } from '@/domain/tne/fund-calls'
import { FUND_CALL_TRANSITION } from '@/domain/write-context'
import { committedCents, lockConvention } from '@/services/tne/with-locked-convention'

/**
 * A new call: on a convention the requester may see (their territory), signed or active, for no
 * more than what remains on it (read with the convention's row locked). The call takes the
 * convention's territory, the status `requested` and the requester. Afterwards, status and
 * decisions change only through the transition endpoint.
 */
export const checkFundCallRequest: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
  context,
}) => {
  if (context[FUND_CALL_TRANSITION]) return data
  if (operation === 'update') {
    // Field access already closes these to the API and the admin; this stops server code too.
    if (data.status !== undefined && data.status !== originalDoc?.status) {
      throw new APIError('Le statut d’un appel de fonds ne change que par POST /api/fund-calls/:id/transition.', 409)
    }
    return data
  }
  const conventionId = relationId(data.convention)
  if (conventionId === null)
    throw new ValidationError({
      collection: 'fund-calls',
      errors: [{ path: 'convention', message: 'Choisissez la convention.' }],
    })
  if (req.user) {
    const visible = await req.payload.count({
      collection: 'conventions',
      where: { id: { equals: conventionId } },
      user: req.user,
      overrideAccess: false,
      req,
    })
    if (visible.totalDocs === 0)
      throw new ValidationError({
        collection: 'fund-calls',
        errors: [{ path: 'convention', message: 'Cette convention n’existe pas ou n’est pas de votre territoire.' }],
      })
  }
  await lockConvention(req.payload, req, Number(conventionId))
  const convention = await req.payload.findByID({
    collection: 'conventions',
    id: conventionId,
    depth: 0,
    req,
    select: { status: true, amountCents: true, territory: true },
  })
  const decision = decideFundCallRequest(
    {
      status: convention.status ?? 'draft',
      amountCents: convention.amountCents ?? 0,
      committedCents: await committedCents(req.payload, req, Number(conventionId)),
    },
    data.amountCents,
  )
  if (!decision.ok)
    throw new ValidationError({
      collection: 'fund-calls',
      errors: [{ path: decision.path ?? 'convention', message: decision.message }],
    })
  return {
    ...data,
    territory: relationId(convention.territory),
    status: 'requested',
    requestedBy: req.user?.id ?? data.requestedBy ?? null,
    decidedBy: null,
    decidedAt: null,
    paidAt: null,
    history: [],
  }
}
