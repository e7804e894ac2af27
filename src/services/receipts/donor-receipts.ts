import type { Payload, Where } from 'payload'

import type { FiscalReceipt, User } from '@/payload-types'

import { type ReceiptForPdf, yearlyStatementPdf } from './receipt-pdf'

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

const asPdfInput = (r: FiscalReceipt): ReceiptForPdf => ({
  number: r.number!,
  form: r.form,
  issuedAt: r.issuedAt!,
  amountCents: r.amountCents,
  amountInWords: r.amountInWords ?? '',
  giftDate: r.giftDate ?? r.issuedAt!,
  paymentMethod: r.paymentMethod ?? '',
  donor: r.donor ?? {},
  issuer: r.issuerSnapshot ?? {},
  replaces: typeof r.replaces === 'object' ? (r.replaces?.number ?? null) : null,
})

/** A donor's yearly statement: all their live receipts of a calendar year, in one PDF; null when there are none. */
export async function yearlyStatement(payload: Payload, user: User, year: number): Promise<Buffer | null> {
  const receipts = (await receiptsOf(payload, user, year)).reverse()
  return receipts.length ? yearlyStatementPdf(receipts.map(asPdfInput), year) : null
}
