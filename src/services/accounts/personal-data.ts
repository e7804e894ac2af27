import type { Payload, Where } from 'payload'

import { hasRole } from '@/domain/access/roles'
import {
  EXPORTED_PROJECT_FIELDS,
  type PersonalData,
  type ProjectRecord,
  type ReceiptRecord,
  buildPersonalData,
} from '@/domain/accounts/personal-data'
import type { User } from '@/payload-types'
import { giftRecordsOf } from '@/services/donations/donor-gifts'

import { followedProjectsOf } from './follow-projects'

/** The tax receipts of the user's own gifts (from the account, or with its address), every status, oldest first, read as that user. */
async function receiptRecordsOf(payload: Payload, user: User & { collection: 'users' }): Promise<ReceiptRecord[]> {
  const { docs } = await payload.find({
    collection: 'fiscal-receipts',
    where: { or: [{ donorUser: { equals: user.id } }, { donorEmail: { equals: user.email.toLowerCase() } }] },
    sort: 'issuedAt',
    pagination: false,
    depth: 1,
    select: {
      number: true,
      status: true,
      form: true,
      issuedAt: true,
      issuerSnapshot: { name: true },
      donation: true,
      amountCents: true,
      donor: true,
      replaces: true,
      replacedBy: true,
    },
    populate: { donations: { reference: true }, 'fiscal-receipts': { number: true } },
    user,
    overrideAccess: false,
  })
  const name = <T>(value: T | number | null | undefined, pick: (doc: T) => string | null | undefined) =>
    value && typeof value === 'object' ? (pick(value) ?? null) : null
  return docs.map((r) => ({
    number: r.number ?? null,
    status: r.status,
    form: r.form,
    issuedAt: r.issuedAt ?? null,
    issuer: r.issuerSnapshot?.name ?? null,
    gift: name(r.donation, (d) => d.reference),
    amountCents: r.amountCents,
    donor: r.donor ?? {},
    replaces: name(r.replaces, (o) => o.number),
    replacedBy: name(r.replacedBy, (o) => o.number),
  }))
}

/** "Download my data": the signed-in user's own records, read as that user. */
export async function exportPersonalData(
  payload: Payload,
  user: User & { collection: 'users' },
  now = new Date(),
): Promise<PersonalData> {
  const account = await payload.findByID({
    collection: 'users',
    id: user.id,
    depth: 0,
    user,
    overrideAccess: false,
    showHiddenFields: true,
  })
  const [gifts, taxReceipts, followed] = await Promise.all([
    giftRecordsOf(payload, account),
    receiptRecordsOf(payload, user),
    followedProjectsOf(payload, user),
  ])
  if (!hasRole(account, 'teacher'))
    return buildPersonalData({ account, gifts, taxReceipts, followedProjects: followed, now })
  const own: Where = { or: [{ owner: { equals: user.id } }, { coOwners: { contains: user.id } }] }
  const [projects, news] = await Promise.all([
    payload.find({
      collection: 'projects',
      where: own,
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      // The owners are selected too: the history is readable by them only (ownersOrStaffField).
      select: {
        ...Object.fromEntries(EXPORTED_PROJECT_FIELDS.map((field) => [field, true])),
        owner: true,
        coOwners: true,
      },
      user,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'project-news',
      where: { author: { equals: user.id } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      select: { project: true, title: true, body: true, visibility: true, createdAt: true },
      user,
      overrideAccess: false,
    }),
  ])
  return buildPersonalData({
    account,
    gifts,
    taxReceipts,
    followedProjects: followed,
    projects: projects.docs as unknown as ProjectRecord[],
    projectNews: news.docs.map((n) => ({
      project: typeof n.project === 'object' ? n.project.id : n.project,
      title: n.title,
      body: n.body,
      visibility: n.visibility,
      createdAt: n.createdAt,
    })),
    now,
  })
}
