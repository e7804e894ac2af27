import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PersonalData } from '@/domain/accounts/personal-data'
import type { Project, User } from '@/payload-types'
import { eraseAccount } from '@/services/accounts/erase-account'
import { followProject, followedProjectsOf, unfollowProject } from '@/services/accounts/follow-projects'
import { latestSupporterNews } from '@/services/accounts/supporter-news'
import { signUpDonor, verifyAccount } from '@/services/auth/accounts'
import { closePayload } from '@/services/db/close-payload'
import { confirmPayment } from '@/services/donations/confirm-payment'
import { createDonation } from '@/services/donations/create-donation'
import { giftsOf } from '@/services/donations/donor-gifts'
import { publicDonors } from '@/services/donations/donors'
import { testProvider } from '@/services/payments/provider'
import { issueReceipt } from '@/services/receipts/issue-receipt'

import { TEST_PASSWORD, createProjectIn, createUser, testPayload, unique } from '../helpers/factories'
import { give, giftInput, givePaid, paidEvent } from '../helpers/gifts'
import { outboxMessages } from '../helpers/outbox'
import { rest, restResponse, tokenFor } from '../helpers/rest'

type TestUser = User & { collection: 'users' }

let payload: Payload

const PASSWORD = 'une phrase de passe solide'
const userOf = async (id: number) => payload.findByID({ collection: 'users', id, depth: 0, showHiddenFields: true })
const donationOf = async (id: number) => payload.findByID({ collection: 'donations', id, depth: 0 })
const followedIds = async (user: TestUser) => (await followedProjectsOf(payload, user)).map((p) => p.id)
const asUser = (user: User): TestUser => ({ ...user, collection: 'users' })

/** A project collecting gifts, with its owner (a teacher) to post news on it. */
async function collectingProject(): Promise<{ project: Project; owner: TestUser }> {
  const owner = await createUser(payload, ['teacher'])
  return { project: await createProjectIn(payload, 'collecting', { owner: owner.id }), owner }
}

const postNews = (project: Project, owner: TestUser, visibility: 'public' | 'donors') =>
  payload.create({
    collection: 'project-news',
    data: { project: project.id, title: unique('Nouvelles'), body: 'La classe vous remercie.', visibility },
    user: owner,
    overrideAccess: false,
    depth: 0,
  })

/** The addresses the news' e-mails were queued to (one entry per e-mail). */
async function newsMailsTo(title: string): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendEmail' } },
    sort: '-createdAt',
    limit: 500,
    depth: 0,
  })
  return docs.flatMap((job) => {
    const input = job.input as { to: string; subject: string; text: string }
    return input.subject.includes(title) ? [input.to] : []
  })
}

/** A paid gift made while signed in (linked to the account); its id. */
async function givePaidSignedIn(
  user: TestUser,
  projectId: number,
  amountCents: number,
  extra: Parameters<typeof giftInput>[1] = {},
) {
  const result = await createDonation(payload, {
    projectId,
    gift: giftInput(amountCents, { email: user.email, ...extra }),
    userId: user.id,
    provider: testProvider,
  })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  await confirmPayment(payload, paidEvent(result.donationId))
  return result.donationId
}

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

describe('donor sign-up', () => {
  const form = (email: string) => ({
    firstName: 'Damien',
    lastName: 'Martin',
    email,
    password: PASSWORD,
    passwordConfirm: PASSWORD,
  })

  it('creates an unverified donor with any address, who signs in after opening the e-mailed link and finds earlier gifts', async () => {
    const email = `${unique('damien')}@exemple.org`
    const { project } = await collectingProject()
    const earlier = await givePaid(payload, project.id, 2_500, { email })

    expect(await signUpDonor(payload, form(` ${email.toUpperCase()} `), unique('client'))).toEqual({ ok: true })
    const user = (await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0]
    expect(user).toMatchObject({ roles: ['donor'], firstName: 'Damien', lastName: 'Martin' })
    await expect(payload.login({ collection: 'users', data: { email, password: PASSWORD } })).rejects.toThrow()

    await payload.jobs.run({ limit: 1000 })
    const mail = outboxMessages()
      .reverse()
      .find((m) => m.includes(`To: ${email}`) && m.includes('/verifier-email'))
    const token = mail?.match(/\/verifier-email\?jeton=([0-9a-f]+)/)?.[1]
    expect(mail).toContain('Confirmez votre adresse e-mail')
    expect(await verifyAccount(payload, token ?? '')).toBe(true)
    expect((await payload.login({ collection: 'users', data: { email, password: PASSWORD } })).user?.id).toBe(user.id)
    expect((await giftsOf(payload, asUser(user))).map((g) => g.id)).toEqual([earlier])
  })

  it('answers an existing address the same way, e-mails its owner and creates no second account', async () => {
    const existing = await createUser(payload, ['teacher'])
    const before = (await payload.count({ collection: 'users' })).totalDocs
    expect(await signUpDonor(payload, form(existing.email), unique('client'))).toEqual({ ok: true })
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
    expect((await userOf(existing.id)).roles).toEqual(['teacher'])
    await payload.jobs.run({ limit: 1000 })
    expect(outboxMessages().some((m) => m.includes(`To: ${existing.email}`) && m.includes('déjà un compte'))).toBe(true)
  })

  it('refuses an invalid address and a weak password on their fields, and creates nothing', async () => {
    const before = (await payload.count({ collection: 'users' })).totalDocs
    expect(await signUpDonor(payload, form('damien@exemple'), unique('client'))).toMatchObject({
      ok: false,
      errors: { email: expect.stringContaining('adresse e-mail valide') },
    })
    expect(
      await signUpDonor(
        payload,
        { ...form(`${unique('d')}@exemple.org`), password: 'court', passwordConfirm: 'court' },
        unique('client'),
      ),
    ).toMatchObject({ ok: false, errors: { password: expect.stringContaining('12') } })
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
  })
})

describe('the account’s address', () => {
  it('is not changed by its user through the API (it decides whose gifts the account sees); an admin may', async () => {
    const donor = await createUser(payload, ['donor'])
    const { project } = await collectingProject()
    const victim = `${unique('victime')}@exemple.org`
    await givePaid(payload, project.id, 2_000, { email: victim })
    const { status, json } = await rest('PATCH', `/users/${donor.id}`, {
      token: await tokenFor(payload, donor.email),
      body: { email: victim },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json.errors)).toContain('écrivez au GIP')
    expect((await userOf(donor.id)).email).toBe(donor.email)
    expect(await giftsOf(payload, donor)).toEqual([])
    const admin = await createUser(payload, ['admin'])
    const moved = `${unique('nouvelle')}@exemple.org`
    await payload.update({
      collection: 'users',
      id: donor.id,
      data: { email: moved },
      user: admin,
      overrideAccess: false,
    })
    expect((await userOf(donor.id)).email).toBe(moved)
  })
})

describe('following projects', () => {
  it('a signed-in user follows a public project once, sees its progress in their space, and unfollows it', async () => {
    const user = await createUser(payload, ['donor'])
    const { project } = await collectingProject()
    expect(await followProject(payload, user, project.id)).toBe(true)
    expect(await followProject(payload, user, project.id)).toBe(true)
    expect(await followedProjectsOf(payload, user)).toEqual([
      {
        id: project.id,
        title: project.title,
        slug: project.slug,
        status: 'collecting',
        collectedCents: 0,
        minimumGoalCents: 100_000,
        optimumGoalCents: 200_000,
        endDate: expect.any(String),
      },
    ])
    await unfollowProject(payload, user, project.id)
    expect(await followedIds(user)).toEqual([])
  })

  it('refuses to follow a project that is not public, and changes nothing', async () => {
    const user = await createUser(payload, ['donor'])
    const draft = await createProjectIn(payload, 'draft')
    expect(await followProject(payload, user, draft.id)).toBe(false)
    expect(await followProject(payload, user, 999_999_999)).toBe(false)
    expect((await userOf(user.id)).followedProjects).toEqual([])
  })

  it('one user cannot change what another follows through the API', async () => {
    const [user, other] = [await createUser(payload, ['donor']), await createUser(payload, ['donor'])]
    const { project } = await collectingProject()
    await expect(
      payload.update({
        collection: 'users',
        id: user.id,
        data: { followedProjects: [project.id] },
        user: other,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect(await followedIds(user)).toEqual([])
  })
})

describe('project news by e-mail', () => {
  it('public news goes to followers and to donors who opted in, once to someone who is both; donors-only news only to donors who opted in', async () => {
    const { project, owner } = await collectingProject()
    const follower = await createUser(payload, ['donor'])
    const both = await createUser(payload, ['donor'])
    const optedIn = `${unique('abonnee')}@exemple.org`
    const optedOut = `${unique('discret')}@exemple.org`
    await followProject(payload, follower, project.id)
    await followProject(payload, both, project.id)
    await givePaid(payload, project.id, 2_000, { email: optedIn, wantsNews: true })
    await givePaid(payload, project.id, 2_000, { email: optedOut, wantsNews: false })
    await givePaid(payload, project.id, 2_000, { email: both.email, wantsNews: true })

    const open = await postNews(project, owner, 'public')
    expect((await newsMailsTo(open.title)).sort()).toEqual([follower.email, both.email, optedIn].sort())

    const donorsOnly = await postNews(project, owner, 'donors')
    expect((await newsMailsTo(donorsOnly.title)).sort()).toEqual([both.email, optedIn].sort())
  })

  it('tells a follower why they receive the news and how to stop', async () => {
    const { project, owner } = await collectingProject()
    const follower = await createUser(payload, ['donor'])
    await followProject(payload, follower, project.id)
    const news = await postNews(project, owner, 'public')
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendEmail' } },
      sort: '-createdAt',
      limit: 50,
      depth: 0,
    })
    const mail = docs
      .map((job) => job.input as { to: string; subject: string; text: string })
      .find((input) => input.to === follower.email && input.subject.includes(news.title))
    expect(mail?.text).toContain('parce que vous suivez ce projet')
    expect(mail?.text).toContain('/mon-espace#projets-suivis')
  })
})

describe('news in the donor’s space', () => {
  it('lists the news, public and donors-only, of the projects the user paid gifts to, newest first', async () => {
    const donor = await createUser(payload, ['donor'])
    const { project, owner } = await collectingProject()
    const other = await collectingProject()
    await givePaid(payload, project.id, 2_000, { email: donor.email, wantsNews: false })
    const first = await postNews(project, owner, 'public')
    const second = await postNews(project, owner, 'donors')
    await postNews(other.project, other.owner, 'public')
    const news = await latestSupporterNews(payload, donor)
    expect(news.map((n) => [n.title, n.donorsOnly, n.project.slug])).toEqual([
      [second.title, true, project.slug],
      [first.title, false, project.slug],
    ])
    expect(await latestSupporterNews(payload, donor, 1)).toHaveLength(1)
  })

  it('shows no donors-only news to a follower, a pending donor or the public', async () => {
    const { project, owner } = await collectingProject()
    const follower = await createUser(payload, ['donor'])
    const pending = await createUser(payload, ['donor'])
    await followProject(payload, follower, project.id)
    await give(payload, project.id, 2_000, { email: pending.email })
    const secret = await postNews(project, owner, 'donors')
    expect(await latestSupporterNews(payload, follower)).toEqual([])
    expect(await latestSupporterNews(payload, pending)).toEqual([])
    for (const user of [follower, pending, undefined]) {
      const { docs } = await payload.find({
        collection: 'project-news',
        where: { id: { equals: secret.id } },
        user,
        overrideAccess: false,
      })
      expect(docs).toEqual([])
    }
  })
})

describe('download my data', () => {
  it('returns the user’s account, gifts with their identity as given, followed projects, as a file that is not cached', async () => {
    const donor = await createUser(payload, ['donor'])
    const stranger = await createUser(payload, ['donor'])
    const { project } = await collectingProject()
    const signedIn = await givePaidSignedIn(donor, project.id, 3_000, {
      failureChoice: 'solidarity',
      address: '12 rue Exemple',
    })
    const byEmail = await givePaid(payload, project.id, 1_500, {
      email: donor.email.toUpperCase(),
      failureChoice: 'refund',
    })
    const strangers = await givePaid(payload, project.id, 4_000, {
      email: stranger.email,
      lastName: 'Inconnu-du-donateur',
    })
    await followProject(payload, donor, project.id)

    const response = await restResponse('GET', '/users/personal-data', { token: await tokenFor(payload, donor.email) })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/json')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="mes-donnees-\d{4}-\d{2}-\d{2}\.json"$/,
    )
    expect(response.headers.get('cache-control')).toContain('no-store')
    const text = await response.text()
    const data = JSON.parse(text) as PersonalData

    expect(data.account).toMatchObject({ id: donor.id, email: donor.email, roles: ['donor'], emailVerified: true })
    const references = [(await donationOf(signedIn)).reference, (await donationOf(byEmail)).reference]
    expect(data.gifts.map((g) => g.reference).sort()).toEqual([...references].sort())
    expect(data.gifts.find((g) => g.reference === references[0])).toMatchObject({
      amountCents: 3_000,
      status: 'paid',
      failureChoice: 'solidarity',
      identity: {
        firstName: 'Damien',
        lastName: 'Martin',
        email: donor.email,
        address: '12 rue Exemple',
        postcode: '95100',
        city: 'Argenteuil',
      },
      project: { id: project.id, slug: project.slug },
    })
    expect(data.gifts.find((g) => g.reference === references[1])).toMatchObject({
      amountCents: 1_500,
      failureChoice: 'refund',
    })
    expect(data.followedProjects).toEqual([
      { id: project.id, title: project.title, slug: project.slug, status: 'collecting' },
    ])
    expect(data).not.toHaveProperty('projects')

    expect(text).not.toContain((await donationOf(strangers)).reference)
    expect(text).not.toContain(stranger.email)
    expect(text).not.toContain('Inconnu-du-donateur')
    const secrets = await userOf(donor.id)
    for (const secret of [secrets.hash, secrets.salt, ...(secrets.sessions ?? []).map((s) => s.id)]) {
      expect(secret).toBeTruthy()
      expect(text).not.toContain(secret!)
    }
    expect(text).not.toMatch(/"(hash|salt|sessions|resetPasswordToken|_verificationToken)"/)
  })

  it('includes a teacher’s own projects and news, not other teachers’', async () => {
    const { project, owner } = await collectingProject()
    const other = await collectingProject()
    const news = await postNews(project, owner, 'public')
    await postNews(other.project, other.owner, 'public')
    const { json } = await rest('GET', '/users/personal-data', { token: await tokenFor(payload, owner.email) })
    const data = json as unknown as PersonalData
    expect(data.projects?.map((p) => p.id)).toEqual([project.id])
    expect(data.projects?.[0]).toMatchObject({ title: project.title, status: 'collecting', minimumGoalCents: 100_000 })
    expect(data.projectNews?.map((n) => n.title)).toEqual([news.title])
  })

  it('is refused when signed out: 401 for a client, the sign-in page for a browser', async () => {
    const response = await restResponse('GET', '/users/personal-data')
    expect(response.status).toBe(401)
    expect(response.headers.get('content-disposition')).toBeNull()
    const navigation = new Request('http://localhost:3000/api/users/personal-data', {
      headers: { 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Site': 'same-origin' },
    })
    const browser = await REST_GET(config)(navigation, {
      params: Promise.resolve({ slug: ['users', 'personal-data'] }),
    })
    expect(browser.status).toBe(303)
    expect(browser.headers.get('location')).toBe('/connexion?suite=/mon-espace')
  })
})

describe('erasing an account', () => {
  it('anonymises the account, detaches and anonymises its gifts, and keeps their identity as given and amounts', async () => {
    const donor = await createUser(payload, ['donor'])
    const { project } = await collectingProject()
    const signedIn = await givePaidSignedIn(donor, project.id, 3_000, { wantsNews: true, message: 'Bravo la classe !' })
    const byEmail = await givePaid(payload, project.id, 1_500, { email: donor.email })
    const someoneElse = await givePaid(payload, project.id, 2_000, { email: `${unique('autre')}@exemple.org` })
    await followProject(payload, donor, project.id)
    const token = await tokenFor(payload, donor.email)
    const before = await Promise.all([signedIn, byEmail].map(donationOf))
    expect((await publicDonors(payload, project.id)).map((d) => d.name)).toEqual([
      'Damien M.',
      'Damien M.',
      'Damien M.',
    ])

    expect(await eraseAccount(payload, donor.id)).toEqual({ ok: true })

    const erased = await userOf(donor.id)
    expect(erased).toMatchObject({
      email: `efface-${donor.id}@invalid.example`,
      firstName: null,
      lastName: null,
      roles: [],
      followedProjects: [],
      erasedAt: expect.any(String),
    })
    expect(erased.sessions ?? []).toEqual([])
    for (const [i, id] of [signedIn, byEmail].entries()) {
      const gift = await donationOf(id)
      expect(gift).toMatchObject({
        donor: null,
        display: 'anonymous',
        wantsNews: false,
        amountCents: before[i].amountCents,
        status: 'paid',
        reference: before[i].reference,
        donorErasedAt: expect.any(String),
      })
      expect(gift.identity).toEqual(before[i].identity)
      expect(gift.identity?.email).toBe(donor.email)
    }
    expect((await donationOf(signedIn)).message).toBeNull()
    expect((await donationOf(someoneElse)).display).toBe('name')
    expect((await donationOf(someoneElse)).donorErasedAt ?? null).toBeNull()
    expect((await publicDonors(payload, project.id)).map((d) => d.name).sort()).toEqual([
      'Anonyme',
      'Anonyme',
      'Damien M.',
    ])
    expect((await rest('GET', '/users/me', { token })).json.user).toBeNull()
  })

  it('exports the tax receipts of the gifts, then keeps them as issued, no longer tied to the account', async () => {
    const donor = await createUser(payload, ['donor'])
    const structure = await payload.create({
      collection: 'structures',
      data: {
        name: unique('Coopérative scolaire'),
        kind: 'other_association',
        legalId: 'W952001234',
        address: '1 place de la Mairie\n95100 Argenteuil',
        purpose: 'Projets de l’école',
        eligibleForReceipts: true,
        issuerCode: `T${Date.now().toString(36).toUpperCase()}`,
        signatory: { name: 'Claire Fontaine', role: 'Présidente' },
      },
      depth: 0,
    })
    const project = await createProjectIn(payload, 'collecting', { structure: structure.id, stopAtOptimum: false })
    const gift = await givePaidSignedIn(donor, project.id, 5_000, { wantsReceipt: true, lastName: 'Reçue' })
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { status: 'succeeded' },
      context: { projectTransition: true },
      depth: 0,
    })
    expect(await issueReceipt(payload, gift)).toMatchObject({ outcome: 'issued' })
    const receiptOf = async () =>
      (await payload.find({ collection: 'fiscal-receipts', where: { donation: { equals: gift } }, depth: 0 })).docs[0]
    const before = await receiptOf()
    expect(before.donorUser).toBe(donor.id)
    // "Download my data" lists it as it was issued.
    const { json } = await rest('GET', '/users/personal-data', { token: await tokenFor(payload, donor.email) })
    expect((json as unknown as PersonalData).taxReceipts).toEqual([
      expect.objectContaining({
        number: before.number,
        status: 'live',
        issuer: structure.name,
        amountCents: 5_000,
        gift: expect.stringMatching(/^DON-/),
        donor: expect.objectContaining({ lastName: 'Reçue' }),
      }),
    ])

    expect(await eraseAccount(payload, donor.id)).toEqual({ ok: true })
    const after = await receiptOf()
    expect(after).toMatchObject({
      donorUser: null,
      number: before.number,
      status: before.status,
      amountCents: 5_000,
      donorEmail: before.donorEmail,
      donor: before.donor,
    })
    expect(after.donor?.lastName).toBe('Reçue')
  })

  it('the erased user can no longer sign in, with either address', async () => {
    const donor = await createUser(payload, ['donor'])
    expect(await eraseAccount(payload, donor.id)).toEqual({ ok: true })
    await expect(
      payload.login({ collection: 'users', data: { email: donor.email, password: TEST_PASSWORD } }),
    ).rejects.toThrow()
    await expect(
      payload.login({
        collection: 'users',
        data: { email: `efface-${donor.id}@invalid.example`, password: TEST_PASSWORD },
      }),
    ).rejects.toThrow()
    expect(await eraseAccount(payload, donor.id)).toMatchObject({ ok: false, code: 'already_erased' })
  })

  it('lets a teacher go once their projects are finished', async () => {
    const teacher = await createUser(payload, ['teacher'])
    await createProjectIn(payload, 'withdrawn', { owner: teacher.id })
    await createProjectIn(payload, 'archived', { owner: teacher.id })
    expect(await eraseAccount(payload, teacher.id)).toEqual({ ok: true })
    expect((await userOf(teacher.id)).roles).toEqual([])
  })

  it('refuses a moderator’s account and changes nothing', async () => {
    const moderator = await createUser(payload, ['moderator', 'donor'])
    const { project } = await collectingProject()
    const gift = await givePaid(payload, project.id, 2_000, { email: moderator.email })
    expect(await eraseAccount(payload, moderator.id)).toMatchObject({
      ok: false,
      code: 'staff_account',
      message: expect.stringContaining('GIP'),
    })
    expect(await userOf(moderator.id)).toMatchObject({
      email: moderator.email,
      roles: ['moderator', 'donor'],
      erasedAt: null,
    })
    expect((await donationOf(gift)).display).toBe('name')
    expect(
      (await payload.login({ collection: 'users', data: { email: moderator.email, password: TEST_PASSWORD } })).user
        ?.id,
    ).toBe(moderator.id)
  })

  it('refuses a teacher who still owns a collecting project, naming it, and changes nothing', async () => {
    const { project, owner } = await collectingProject()
    await followProject(payload, owner, project.id)
    const decision = await eraseAccount(payload, owner.id)
    expect(decision).toMatchObject({
      ok: false,
      code: 'unfinished_projects',
      projects: [{ id: project.id, status: 'collecting' }],
    })
    expect(await userOf(owner.id)).toMatchObject({
      email: owner.email,
      roles: ['teacher'],
      erasedAt: null,
      followedProjects: [project.id],
    })
  })

  it('refuses a co-owner of a project under way too', async () => {
    const coOwner = await createUser(payload, ['teacher'])
    await createProjectIn(payload, 'draft', { coOwners: [coOwner.id] })
    expect(await eraseAccount(payload, coOwner.id)).toMatchObject({ ok: false, code: 'unfinished_projects' })
  })
})
