import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { z } from 'zod'

import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { YEAR_ERROR, parseYear } from '@/domain/receipts/numbering'
import { DECLARATION_HEADER, RECEIPTS_HEADER, toReceiptRows } from '@/domain/receipts/export-rows'
import { sqlQuery } from '@/services/db/sql-transaction'
import { exportFormat, exportResponse, tableFile } from '@/services/exports/table-file'
import { issueReceiptOrFail, reissueReceipt, resolveFlaggedReceipt } from '@/services/receipts/issue-receipt'

import { managesIssuer } from './access'

const fail = (status: number, message: string, errors?: { path: string; message: string }[]) => Response.json({ errors: [{ message, data: errors ? { errors } : undefined }] }, { status })
const isManagerOrAdmin = (req: PayloadRequest) => hasRole(req.user, 'admin', 'structure-manager')
/** The issuers a user answers for: null for admins (all). */
const issuersOf = (req: PayloadRequest): number[] | null => (hasRole(req.user, 'admin') ? null : relationIds(req.user?.structures).map(Number))

async function guarded(req: PayloadRequest, run: () => Promise<Response>): Promise<Response> {
  if (!req.user) return fail(401, 'Connectez-vous pour continuer.')
  if (!isManagerOrAdmin(req)) return fail(403, 'Réservé aux gestionnaires des structures et aux administrateurs.')
  try {
    return await run()
  } catch (error) {
    if (error instanceof APIError) return fail(error.status, error.message)
    throw error
  }
}

/** GET /api/fiscal-receipts/export?format=csv|xlsx&year=2026: the receipts the user may read, oldest first. */
export const exportReceiptsEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: (req) =>
    guarded(req, async () => {
      const format = exportFormat(req.query?.format)
      if (!format) return fail(400, 'Format inconnu : csv ou xlsx.')
      const year = req.query?.year === undefined || req.query.year === '' ? undefined : parseYear(req.query.year)
      if (year === null) return fail(400, YEAR_ERROR, [{ path: 'year', message: YEAR_ERROR }])
      const scope = issuersOf(req)
      const where: Where = { and: [...(year ? [{ year: { equals: year } }] : []), ...(scope ? [{ issuer: { in: scope } }] : [])] }
      const { docs } = await req.payload.find({ collection: 'fiscal-receipts', where, user: req.user, overrideAccess: false, pagination: false, sort: 'issuedAt', depth: 1, populate: { structures: { name: true }, 'fiscal-receipts': { number: true } } })
      const rows = toReceiptRows(
        docs.map((r) => ({
          number: r.number ?? null,
          status: r.status,
          issuedAt: r.issuedAt ?? null,
          issuer: typeof r.issuer === 'object' ? r.issuer.name : null,
          donorName: r.donorName ?? null,
          form: r.form,
          address: [r.donor?.address, [r.donor?.postcode, r.donor?.city].filter(Boolean).join(' '), r.donor?.country].filter(Boolean).join(', ') || null,
          amountCents: r.amountCents,
          giftDate: r.giftDate ?? null,
          paymentMethod: r.paymentMethod ?? null,
          replaces: typeof r.replaces === 'object' ? (r.replaces?.number ?? null) : null,
          replacedBy: typeof r.replacedBy === 'object' ? (r.replacedBy?.number ?? null) : null,
        })),
      )
      return exportResponse(await tableFile(RECEIPTS_HEADER, rows, format, 'Reçus fiscaux'), format, `recus-fiscaux${year ? `-${year}` : ''}`)
    }),
}

/**
 * GET /api/fiscal-receipts/declaration?year=2026[&format=csv|xlsx]: the yearly declaration
 * (article 222 bis of the CGI): per issuer, the number and total of the live receipts issued that
 * year. Cancelled receipts are not counted; their replacements are.
 */
export const declarationEndpoint: Endpoint = {
  path: '/declaration',
  method: 'get',
  handler: (req) =>
    guarded(req, async () => {
      const year = parseYear(req.query?.year)
      if (year === null) return fail(400, YEAR_ERROR, [{ path: 'year', message: YEAR_ERROR }])
      const scope = issuersOf(req)
      const { rows } = await sqlQuery(
        req.payload,
        `SELECT s.id, s.name, s.legal_id, s.issuer_code, count(*)::int AS count, sum(r.amount_cents)::bigint AS total
         FROM fiscal_receipts r JOIN structures s ON s.id = r.issuer_id
         WHERE r.status = 'live' AND r.year = $1 AND ($2::int[] IS NULL OR r.issuer_id = ANY($2))
         GROUP BY s.id ORDER BY s.name`,
        [year, scope ? `{${scope.join(',')}}` : null],
      )
      const issuers = rows.map((r) => ({ issuer: r.name as string, legalId: r.legal_id as string | null, issuerCode: r.issuer_code as string, count: r.count as number, totalCents: Number(r.total) }))
      if (req.query?.format === undefined || req.query.format === 'json') return Response.json({ year, issuers }, { headers: { 'Cache-Control': 'no-store' } })
      const format = exportFormat(req.query.format)
      if (!format) return fail(400, 'Format inconnu : json, csv ou xlsx.')
      const table = issuers.map((i) => [year, i.issuer, i.legalId, i.issuerCode, i.count, i.totalCents / 100])
      return exportResponse(await tableFile(DECLARATION_HEADER, table, format, `Déclaration ${year}`), format, `declaration-recus-${year}`)
    }),
}

const Text = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`).optional()
const ReissueInput = z.object({
  reason: z.string({ message: 'Indiquez le motif de l’annulation.' }).trim().min(3, 'Indiquez le motif de l’annulation.').max(500, '500 caractères au plus.'),
  donor: z
    .object({ firstName: Text(100), lastName: Text(100), companyName: Text(150), legalForm: Text(60), siren: Text(9), address: Text(200), postcode: Text(10), city: Text(100), country: Text(60) })
    .default({}),
})

/**
 * A POST on one receipt by a manager of its issuer (or an admin), its JSON body checked by `schema`:
 * another structure's receipt does not exist for this manager (404); bad input is a 400 on its fields.
 */
const receiptAction = <T extends z.ZodType>(path: string, schema: T, act: (req: PayloadRequest, id: number, input: z.infer<T>) => Promise<unknown>): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: (req) =>
    guarded(req, async () => {
      const id = Number(req.routeParams?.id)
      const receipt = Number.isInteger(id) ? (await sqlQuery(req.payload, 'SELECT issuer_id FROM fiscal_receipts WHERE id = $1', [id])).rows[0] : undefined
      if (!receipt || !managesIssuer(req.user, receipt.issuer_id)) return fail(404, 'Reçu introuvable.')
      const input = schema.safeParse(req.json ? await req.json().catch(() => null) : null)
      if (!input.success) return fail(400, 'Requête invalide.', input.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
      return Response.json({ doc: await act(req, id, input.data) })
    }),
})

/** POST /api/fiscal-receipts/:id/reissue { reason, donor: { address… } }: cancels a live receipt and issues its replacement. */
export const reissueEndpoint = receiptAction('reissue', ReissueInput, (req, id, { reason, donor }) =>
  reissueReceipt(req.payload, id, { reason, donor: Object.fromEntries(Object.entries(donor).filter(([, v]) => v !== undefined && v !== '')) }),
)

const ResolveInput = z.object({
  decision: z.enum(['issue', 'decline'], { message: 'Choisissez : émettre le reçu ou ne pas en émettre.' }),
  reason: z.string({ message: 'Indiquez ce que vous avez vérifié.' }).trim().min(3, 'Indiquez ce que vous avez vérifié.').max(500, '500 caractères au plus.'),
})

/** POST /api/fiscal-receipts/:id/resolve { decision: 'issue' | 'decline', reason }: a manager's decision on a receipt flagged for its counterpart. */
export const resolveFlaggedEndpoint = receiptAction('resolve', ResolveInput, (req, id, input) => resolveFlaggedReceipt(req.payload, id, input))

/** POST /api/donations/:id/receipt: a manager of the receiving structure (or an admin) issues a gift's receipt now. */
export const issueForDonationEndpoint: Endpoint = {
  path: '/:id/receipt',
  method: 'post',
  handler: (req) =>
    guarded(req, async () => {
      const id = Number(req.routeParams?.id)
      const gift = Number.isInteger(id)
        ? (await sqlQuery(req.payload, `SELECT d.status, p.structure_id, f.holder_id FROM donations d JOIN projects p ON p.id = d.project_id LEFT JOIN solidarity_fund_settings f ON true WHERE d.id = $1`, [id])).rows[0]
        : undefined
      const issuerId = gift ? (gift.status === 'reallocated' ? gift.holder_id : gift.structure_id) : null
      if (!gift || !managesIssuer(req.user, issuerId)) return fail(404, 'Don introuvable.')
      return Response.json({ doc: await issueReceiptOrFail(req.payload, id) })
    }),
}
