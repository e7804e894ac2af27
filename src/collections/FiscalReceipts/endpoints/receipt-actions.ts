import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { fieldErrorsOf, jsonBody, refuse, routeId } from '@/endpoints/http'
import { reissueReceipt, resolveFlaggedReceipt } from '@/services/receipts/issue-receipt'
import { receiptIssuer } from '@/services/receipts/issuers'

import { managesIssuer } from '../access'
import { forManagersOrAdmins } from './guard'

const Text = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`).optional()
const ReissueInput = z.object({
  reason: z
    .string({ message: 'Indiquez le motif de l’annulation.' })
    .trim()
    .min(3, 'Indiquez le motif de l’annulation.')
    .max(500, '500 caractères au plus.'),
  donor: z
    .object({
      firstName: Text(100),
      lastName: Text(100),
      companyName: Text(150),
      legalForm: Text(60),
      siren: Text(9),
      address: Text(200),
      postcode: Text(10),
      city: Text(100),
      country: Text(60),
    })
    .default({}),
})

/**
 * A POST on one receipt by a manager of its issuer (or an admin), its JSON body checked by `schema`:
 * another structure's receipt does not exist for this manager (404); bad input is a 400 on its fields.
 */
const receiptAction = <T extends z.ZodType>(
  path: string,
  schema: T,
  act: (req: PayloadRequest, id: number, input: z.infer<T>) => Promise<unknown>,
): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: (req) =>
    forManagersOrAdmins(req, async () => {
      const id = routeId(req)
      const receipt = id !== null ? await receiptIssuer(req.payload, id) : undefined
      if (id === null || !receipt || !managesIssuer(req.user, receipt.issuerId)) return refuse(404, 'Reçu introuvable.')
      const input = schema.safeParse(await jsonBody(req))
      if (!input.success) return refuse(400, 'Requête invalide.', fieldErrorsOf(input.error.issues))
      return Response.json({ doc: await act(req, id, input.data) })
    }),
})

/** POST /api/fiscal-receipts/:id/reissue { reason, donor: { address… } }: cancels a live receipt and issues its replacement. */
export const reissueEndpoint = receiptAction('reissue', ReissueInput, (req, id, { reason, donor }) =>
  reissueReceipt(req.payload, id, {
    reason,
    donor: Object.fromEntries(Object.entries(donor).filter(([, v]) => v !== undefined && v !== '')),
  }),
)

const ResolveInput = z.object({
  decision: z.enum(['issue', 'decline'], { message: 'Choisissez : émettre le reçu ou ne pas en émettre.' }),
  reason: z
    .string({ message: 'Indiquez ce que vous avez vérifié.' })
    .trim()
    .min(3, 'Indiquez ce que vous avez vérifié.')
    .max(500, '500 caractères au plus.'),
})

/** POST /api/fiscal-receipts/:id/resolve { decision: 'issue' | 'decline', reason }: a manager's decision on a receipt flagged for its counterpart. */
export const resolveFlaggedEndpoint = receiptAction('resolve', ResolveInput, (req, id, input) =>
  resolveFlaggedReceipt(req.payload, id, input),
)
