import type { DonorIdentity } from './retention'

/**
 * "Download my data" (GDPR, articles 15 and 20): what a user's file holds, built from records the
 * services load. Every part is a whitelist, so that a field added later (a hash, a token, another
 * person's data) stays out until someone decides it belongs here.
 */
export type AccountRecord = {
  id: number
  email: string
  firstName?: string | null
  lastName?: string | null
  roles?: readonly string[] | null
  _verified?: boolean | null
  createdAt: string
  updatedAt: string
}

export type GiftRecord = {
  reference: string
  project: { id: number; title: string; slug: string }
  amountCents: number
  status: string
  donorType: string
  identity: DonorIdentity
  publicDisplay: { display: string | null; hideAmount: boolean }
  message: string | null
  counterpart: string | null
  wantsReceipt: boolean
  wantsNews: boolean
  failureChoice: string | null
  paymentMethod: string
  createdAt: string
  paidAt: string | null
  refundRequestedAt: string | null
  settledAt: string | null
}

/** A tax receipt issued for one of the user's gifts, as it was printed (cancelled ones too: they were sent). */
export type ReceiptRecord = {
  number: string | null
  status: string
  form: string
  issuedAt: string | null
  issuer: string | null
  gift: string | null
  amountCents: number
  donor: {
    firstName?: string | null
    lastName?: string | null
    companyName?: string | null
    legalForm?: string | null
    siren?: string | null
    address?: string | null
    postcode?: string | null
    city?: string | null
    country?: string | null
  }
  replaces: string | null
  replacedBy: string | null
}

const DONOR_FIELDS = [
  'firstName',
  'lastName',
  'companyName',
  'legalForm',
  'siren',
  'address',
  'postcode',
  'city',
  'country',
] as const

export type ProjectRecord = {
  id: number
  title: string
  slug: string
  status: string
  history?: readonly { from: string; to: string; at: string; actor: string; comment?: string | null }[] | null
  [field: string]: unknown
}

export type PersonalData = {
  exportedAt: string
  about: string
  account: Omit<AccountRecord, '_verified'> & { emailVerified: boolean }
  gifts: GiftRecord[]
  taxReceipts: ReceiptRecord[]
  followedProjects: { id: number; title: string; slug: string; status: string }[]
  projects?: ProjectRecord[]
  projectNews?: { project: number; title: string; body: string; visibility: string; createdAt: string }[]
}

/** The project fields a teacher wrote or that describe their project (no school head, no signed-link nonce). */
export const EXPORTED_PROJECT_FIELDS = [
  'title',
  'slug',
  'status',
  'level',
  'kind',
  'nights',
  'pupils',
  'summary',
  'description',
  'pedagogicalGoals',
  'budgetLines',
  'otherFunding',
  'minimumGoalCents',
  'optimumGoalCents',
  'startDate',
  'endDate',
  'stopAtOptimum',
  'counterparts',
  'inclusive',
  'collectedCents',
  'donorCount',
  'history',
  'createdAt',
  'updatedAt',
] as const

export function buildPersonalData(input: {
  account: AccountRecord
  gifts: GiftRecord[]
  taxReceipts?: ReceiptRecord[]
  followedProjects: { id: number; title: string; slug: string; status: string }[]
  projects?: ProjectRecord[]
  projectNews?: PersonalData['projectNews']
  now: Date
}): PersonalData {
  const { account } = input
  const data: PersonalData = {
    exportedAt: input.now.toISOString(),
    about:
      'Les données personnelles de votre compte sur le portail du GIP (RGPD, articles 15 et 20) : votre compte, vos dons tels que vous les avez déclarés, vos reçus fiscaux tels qu’ils ont été émis, les projets que vous suivez' +
      (input.projects ? ', vos projets et leurs actualités.' : '.'),
    account: {
      id: account.id,
      email: account.email,
      firstName: account.firstName ?? null,
      lastName: account.lastName ?? null,
      roles: [...(account.roles ?? [])],
      emailVerified: Boolean(account._verified),
      createdAt: account.createdAt,
      updatedAt: account.updatedAt,
    },
    gifts: input.gifts,
    // The donor's details as printed: only the listed fields.
    taxReceipts: (input.taxReceipts ?? []).map((r) => ({
      ...r,
      donor: Object.fromEntries(DONOR_FIELDS.map((field) => [field, r.donor[field] ?? null])),
    })),
    followedProjects: input.followedProjects.map(({ id, title, slug, status }) => ({ id, title, slug, status })),
  }
  if (input.projects) {
    data.projects = input.projects.map((project) => {
      const fields: Record<string, unknown> = Object.fromEntries(
        EXPORTED_PROJECT_FIELDS.filter((field) => field in project).map((field) => [field, project[field]]),
      )
      // Who acted is a role; the staff member's account is not the teacher's data.
      const history = (project.history ?? []).map(({ from, to, at, actor, comment }) => ({
        from,
        to,
        at,
        actor,
        comment: comment ?? null,
      }))
      return { id: project.id, title: project.title, slug: project.slug, status: project.status, ...fields, history }
    })
    data.projectNews = input.projectNews ?? []
  }
  return data
}

/** The downloaded file's name, e.g. `mes-donnees-2026-11-27.json`. */
export const personalDataFileName = (now: Date) => `mes-donnees-${now.toISOString().slice(0, 10)}.json`
