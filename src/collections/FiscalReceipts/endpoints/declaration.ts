import type { Endpoint } from 'payload'

import { DECLARATION_HEADER } from '@/domain/receipts/export-rows'
import { YEAR_ERROR, parseYear } from '@/domain/receipts/numbering'
import { formatRefusal, parseFormat, refuse, tableResponse } from '@/endpoints/http'
import { yearlyDeclaration } from '@/services/receipts/issuers'

import { forManagersOrAdmins, issuersOf } from './guard'

const FORMATS = ['json', 'csv', 'xlsx'] as const

/**
 * GET /api/fiscal-receipts/declaration?year=2026[&format=json|csv|xlsx]: the yearly declaration
 * (article 222 bis of the CGI): per issuer, the number and total of the live receipts issued that
 * year. Cancelled receipts are not counted; their replacements are.
 */
export const declarationEndpoint: Endpoint = {
  path: '/declaration',
  method: 'get',
  handler: (req) =>
    forManagersOrAdmins(req, async () => {
      const year = parseYear(req.query?.year)
      if (year === null) return refuse(400, YEAR_ERROR, [{ path: 'year', message: YEAR_ERROR }])
      const format = parseFormat(req.query?.format, FORMATS, 'json')
      if (!format) return formatRefusal(FORMATS)
      const issuers = await yearlyDeclaration(req.payload, year, issuersOf(req))
      if (format === 'json') return Response.json({ year, issuers }, { headers: { 'Cache-Control': 'no-store' } })
      const table = issuers.map((i) => [year, i.issuer, i.legalId, i.issuerCode, i.count, i.totalCents / 100])
      return tableResponse(DECLARATION_HEADER, table, format, {
        name: `declaration-recus-${year}`,
        sheet: `Déclaration ${year}`,
      })
    }),
}
