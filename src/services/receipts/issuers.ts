import { and, eq, inArray, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { donations, fiscal_receipts, projects, solidarity_fund_settings, structures } from '@/payload-generated-schema'
import { drizzleOf } from '@/services/db/drizzle'

/**
 * Who issues (or would issue) a receipt, for the managers' endpoints to check they manage it, and what
 * an issuer's receipts add up to. Written against the generated schema.
 */

/**
 * The structure that issues a gift's receipt: the fund's holder for a gift moved to the fund, the
 * project's structure otherwise. Undefined for no such gift.
 */
export async function giftIssuer(
  payload: Payload,
  donationId: number,
): Promise<{ issuerId: number | null } | undefined> {
  const [gift] = await drizzleOf(payload)
    .select({ status: donations.status, structureId: projects.structure, holderId: solidarity_fund_settings.holder })
    .from(donations)
    .innerJoin(projects, eq(projects.id, donations.project))
    .leftJoin(solidarity_fund_settings, sql`true`)
    .where(eq(donations.id, donationId))
  return gift && { issuerId: gift.status === 'reallocated' ? gift.holderId : gift.structureId }
}

/** The issuer of a receipt; undefined for no such receipt. */
export async function receiptIssuer(payload: Payload, receiptId: number): Promise<{ issuerId: number } | undefined> {
  const [receipt] = await drizzleOf(payload)
    .select({ issuerId: fiscal_receipts.issuer })
    .from(fiscal_receipts)
    .where(eq(fiscal_receipts.id, receiptId))
  return receipt
}

/** Whether a signature is printed on an issued receipt (it is then kept). */
export async function signaturePrinted(payload: Payload, signatureId: number | string): Promise<boolean> {
  const rows = await drizzleOf(payload)
    .select({ id: fiscal_receipts.id })
    .from(fiscal_receipts)
    .where(eq(fiscal_receipts.issuerSnapshot_signature, Number(signatureId)))
    .limit(1)
  return rows.length > 0
}

/**
 * The yearly declaration (article 222 bis of the CGI): per issuer of `scope` (every one when null),
 * the number and total of the live receipts issued in `year`, by issuer's name.
 */
export async function yearlyDeclaration(payload: Payload, year: number, scope: number[] | null) {
  const rows = await drizzleOf(payload)
    .select({
      issuer: structures.name,
      legalId: structures.legalId,
      issuerCode: structures.issuerCode,
      count: sql<number>`count(*)::int`,
      total: sql<string>`sum(${fiscal_receipts.amountCents})::bigint`,
    })
    .from(fiscal_receipts)
    .innerJoin(structures, eq(structures.id, fiscal_receipts.issuer))
    .where(
      and(
        eq(fiscal_receipts.status, 'live'),
        eq(fiscal_receipts.year, year),
        scope ? inArray(fiscal_receipts.issuer, scope) : undefined,
      ),
    )
    .groupBy(structures.id)
    .orderBy(structures.name)
  return rows.map((r) => ({
    issuer: r.issuer,
    legalId: r.legalId,
    issuerCode: r.issuerCode as string,
    count: r.count,
    totalCents: Number(r.total),
  }))
}
