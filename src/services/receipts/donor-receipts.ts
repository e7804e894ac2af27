import type { Payload, Where } from 'payload'

import type { FiscalReceipt, User } from '@/payload-types'

import { sqlQuery } from '@/services/db/sql-transaction'

import { RECEIPT_ROWS, receiptsForPdf } from './receipt-jobs'
import { yearlyStatementPdf } from './receipt-pdf'

/** The receipts of a user's own gifts (made from the account, or with its verified address), live only, newest first. */
export async function receiptsOf(payload: Payload, user: User, year?: number): Promise<FiscalReceipt[]> {
  const own: Where = { or: [{ donorUser: { equals: user.id } }, { donorEmail: { equals: user.email.toLowerCase() } }] }
  const { docs } = await payload.find({
    collection: 'fiscal-receipts',
    where: { and: [own, { status: { equals: 'live' } }, ...(year ? [{ year: { equals: year } }] : [])] },
    sort: '-issuedAt',
    limit: 500,
    depth: 1,
    populate: { 'receipt-files': { filename: true }, structures: { name: true } },
    user,
    overrideAccess: false,
  })
  return docs
}

/** A donor's yearly statement: all their live receipts of a calendar year, oldest first, in one PDF; null when there are none. */
export async function yearlyStatement(payload: Payload, user: User, year: number): Promise<Buffer | null> {
  const ids = (await receiptsOf(payload, user, year)).map((r) => r.id)
  if (ids.length === 0) return null
  const { rows } = await sqlQuery(payload, `${RECEIPT_ROWS} WHERE r.id = ANY($1) ORDER BY r.issued_at, r.id`, [
    `{${ids.join(',')}}`,
  ])
  return yearlyStatementPdf(await receiptsForPdf(rows), year)
}
