import type { Endpoint, PayloadRequest } from 'payload'

import { answering, jsonBody, refuse, routeId, userWithRoleOr4xx } from './http'

/**
 * An admin-only POST on one record (`/:id/<path>`): 401 signed out, 403 not an admin, 400 bad input,
 * and the refusal the service throws (409 not in a state for it). Answers `{ ok: true }`.
 */
export function adminAction(
  path: string,
  run: (req: PayloadRequest, id: number, body: unknown) => Promise<unknown>,
): Endpoint {
  return {
    path: `/:id/${path}`,
    method: 'post',
    handler: async (req) => {
      const user = userWithRoleOr4xx(req, ['admin'], 'Réservé aux administrateurs du GIP.')
      if (user instanceof Response) return user
      const id = routeId(req)
      if (id === null) return refuse(400, 'Identifiant invalide.')
      const body = await jsonBody(req)
      return answering(async () => {
        await run(req, id, body)
        return Response.json({ ok: true })
      })
    },
  }
}
