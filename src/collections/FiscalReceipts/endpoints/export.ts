import type { Endpoint, Where } from 'payload'

import { RECEIPTS_HEADER, toReceiptRows } from '@/domain/receipts/export-rows'
import { YEAR_ERROR, parseYear } from '@/domain/receipts/numbering'
import { formatRefusal, parseFormat, refuse, tableResponse } from '@/endpoints/http'

import { forManagersOrAdmins, issuersOf } from './guard'

const FORMATS = ['csv', 'xlsx'] as const

/** GET /api/fiscal-receipts/export?format=csv|xlsx&year=2026: the receipts the user may read, oldest first. */
export const exportReceiptsEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: (req) =>
    forManagersOrAdmins(req, async () => {
      const format = parseFormat(req.query?.format, FORMATS, 'csv')
      if (!format) return formatRefusal(FORMATS)
      const year = req.query?.year === undefined || req.query.year === '' ? undefined : parseYear(req.query.year)
      if (year === null) return refuse(400, YEAR_ERROR, [{ path: 'year', message: YEAR_ERROR }])
      const scope = issuersOf(req)
      const where: Where = {
        and: [...(year ? [{ year: { equals: year } }] : []), ...(scope ? [{ issuer: { in: scope } }] : [])],
      }
      const { docs } = await req.payload.find({
        collection: 'fiscal-receipts',
        where,
        user: req.user,
        overrideAccess: false,
        pagination: false,
        sort: 'issuedAt',
        depth: 1,
        populate: { structures: { name: true }, 'fiscal-receipts': { number: true } },
      })
      const rows = toReceiptRows(
        docs.map((r) => ({
          number: r.number ?? null,
          status: r.status,
          issuedAt: r.issuedAt ?? null,
          issuer: typeof r.issuer === 'object' ? r.issuer.name : null,
          donorName: r.donorName ?? null,
          form: r.form,
          address:
            [r.donor?.address, [r.donor?.postcode, r.donor?.city].filter(Boolean).join(' '), r.donor?.country]
              .filter(Boolean)
              .join(', ') || null,
          amountCents: r.amountCents,
          giftDate: r.giftDate ?? null,
          paymentMethod: r.paymentMethod ?? null,
          replaces: typeof r.replaces === 'object' ? (r.replaces?.number ?? null) : null,
          replacedBy: typeof r.replacedBy === 'object' ? (r.replacedBy?.number ?? null) : null,
        })),
      )
      return tableResponse(RECEIPTS_HEADER, rows, format, {
        name: `recus-fiscaux${year ? `-${year}` : ''}`,
        sheet: 'Reçus fiscaux',
      })
    }),
}
