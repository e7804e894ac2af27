import type { PayloadRequest } from 'payload'

import { type PortalUser, userWithRoleOr4xx } from './http'

/** The TNE reports' reader: a coordinator or an admin; otherwise the answer to give (401, 403). */
export const tneReaderOr4xx = (req: PayloadRequest): PortalUser | Response =>
  userWithRoleOr4xx(req, ['admin', 'coordinator'], 'Réservé aux coordinateurs TNE et au GIP.')
