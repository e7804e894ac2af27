import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import {
  type Payload,
  type PayloadRequest,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
} from 'payload'

import { type ErasureDecision, type OwnedProject, decideErasure, erasedEmail } from '@/domain/accounts/erasure'
import { revalidatePages } from '@/services/cache/next-revalidate'
import { CACHED_PAGES } from '@/services/cache/pages'
import { reqSql } from '@/services/db/req-sql'

type AccountState = { roles?: string[] | null; erasedAt?: string | null }

/** The projects a user owns or co-owns, as the erasure rule needs them (all of them, whatever their state). */
async function ownedProjects(payload: Payload, userId: number, req?: PayloadRequest): Promise<OwnedProject[]> {
  const { docs } = await payload.find({
    collection: 'projects',
    where: { or: [{ owner: { equals: userId } }, { coOwners: { contains: userId } }] },
    pagination: false,
    depth: 0,
    select: { title: true, status: true },
    req,
  })
  return docs.map(({ id, title, status }) => ({ id, title, status }))
}

/** Whether the user may erase their account now (the confirmation page asks before offering it). */
export async function checkErasure(payload: Payload, user: { id: number } & AccountState): Promise<ErasureDecision> {
  return decideErasure(user, await ownedProjects(payload, user.id))
}

/**
 * Erases an account (GDPR, article 17), in one transaction, or refuses and changes nothing.
 * The account is anonymised, not deleted: its address becomes an undeliverable one, names are
 * cleared, the password replaced by a random one nobody knows, sessions and roles removed, the
 * followed projects forgotten, `erasedAt` set. Its gifts (those made while signed in and those given
 * with its address) and tax receipts are detached from it; the gifts are shown as "Anonyme" and no
 * longer send news. Their amounts and the donor's identity as given, like the receipts, are kept:
 * they back accounting records (10 years) and tax receipts (6 years), see
 * src/domain/accounts/retention.ts; the gifts are marked (`donorErasedAt`) so that the retention job
 * anonymises them when those periods end.
 */
export async function eraseAccount(payload: Payload, userId: number, now = new Date()): Promise<ErasureDecision> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const run = await reqSql(payload, req)
    // SQL text: the GDPR erasure, set-based over the account's rows in several tables, in the request's transaction.
    const { rows } = await run(sql`SELECT email FROM users WHERE id = ${userId} FOR UPDATE`)
    if (!rows[0]) throw new Error(`No user ${userId}`)
    const formerEmail = String(rows[0].email)
    const account = await payload.findByID({ collection: 'users', id: userId, depth: 0, req })
    const decision = decideErasure(account, await ownedProjects(payload, userId, req))
    if (!decision.ok) {
      await killTransaction(req)
      return decision
    }
    // overrideAccess (the Local API's default): `erasedAt` is written by this service only.
    await payload.update({
      collection: 'users',
      id: userId,
      data: {
        email: erasedEmail(userId),
        firstName: null,
        lastName: null,
        // A password change without a signed-in user also ends every session (Payload, useSessions).
        password: randomBytes(32).toString('base64url'),
        followedProjects: [],
        erasedAt: now.toISOString(),
        resetPasswordToken: null,
        resetPasswordExpiration: null,
      },
      depth: 0,
      req,
    })
    // After Payload's write, which rewrites the roles it read: a required field, emptied here only.
    // SQL text: the GDPR erasure, set-based over the account's rows in several tables, in the request's transaction.
    await run(sql`DELETE FROM users_roles WHERE parent_id = ${userId}`)
    // SQL text: the GDPR erasure, set-based over the account's rows in several tables, in the request's transaction.
    await run(sql`DELETE FROM users_sessions WHERE _parent_id = ${userId}`)
    // SQL text: the GDPR erasure, set-based over the account's rows in several tables, in the request's transaction.
    await run(sql`
      UPDATE donations SET donor_id = NULL, display = 'anonymous', wants_news = false, message = NULL, donor_erased_at = coalesce(donor_erased_at, ${now.toISOString()}), updated_at = now()
      WHERE source = 'donor' AND (donor_id = ${userId} OR lower(identity_email) = lower(${formerEmail}))`)
    // Tax receipts are legal records: kept as issued (donor's identity included), no longer tied to the account.
    // SQL text: the GDPR erasure, set-based over the account's rows in several tables, in the request's transaction.
    await run(sql`UPDATE fiscal_receipts SET donor_user_id = NULL, updated_at = now() WHERE donor_user_id = ${userId}`)
    // SQL text: the GDPR erasure, set-based over the account's rows in several tables, in the request's transaction.
    await run(sql`UPDATE receipt_files SET donor_user_id = NULL, updated_at = now() WHERE donor_user_id = ${userId}`)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  // Project pages list donors by name: they show "Anonyme" at once.
  revalidatePages(CACHED_PAGES.projects)
  return { ok: true }
}
