import { randomUUID } from 'node:crypto'

import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { requestPasswordReset, signUpDonor } from '@/services/auth/accounts'
import { closePayload } from '@/services/db/close-payload'
import { installPeerAddressHeader, PEER_HEADER } from '@/services/rate-limit/peer-header'

import { TEST_PASSWORD, createUser, testPayload, unique } from '../helpers/factories'
import { outboxMessages } from '../helpers/outbox'
import { rest, restRaw, tokenFor } from '../helpers/rest'

/**
 * Issue 16's findings on sign-in: no rate limit, a lockout anyone could trigger on anyone (an
 * admin's included), messages and timings that told who has an account. Each test acts over
 * HTTP (Payload's REST and GraphQL handlers) from its own client addresses, as the server would
 * see them (the peer's address, stamped by the HTTP server: src/services/rate-limit/peer-header.ts).
 */
let payload: Payload

const NEW_PASSWORD = 'un nouveau mot de passe choisi'
let octet = 0
/** A client address no other test uses. */
const newAddress = () => `198.51.${Math.floor(Math.random() * 200)}.${(octet++ % 250) + 1}`

type Sent = {
  status: number
  body: Record<string, unknown> & { errors?: { message: string; data?: { retryAfterSeconds?: number } }[] }
  headers: Headers
  ms: number
}

async function post(path: string, body: unknown, { from, cookie }: { from: string; cookie?: string }): Promise<Sent> {
  const started = performance.now()
  const response = await restRaw(path, JSON.stringify(body), {
    [PEER_HEADER]: from,
    ...(cookie ? { Cookie: cookie } : {}),
  })
  const ms = performance.now() - started
  return { status: response.status, body: (await response.json()) as Sent['body'], headers: response.headers, ms }
}

const login = (email: string, password: string, from: string, cookie?: string) =>
  post('/users/login', { email, password }, { from, cookie })
/** The browser's trust cookie ("name=value") set by an answer, if any. */
const deviceCookieOf = (sent: Sent) =>
  sent.headers
    .getSetCookie()
    .find((c) => c.startsWith('portail-appareil='))
    ?.split(';')[0]
/** Runs the queued jobs about this address only (other tests' jobs are theirs). */
async function runJobsFor(email: string): Promise<void> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { in: ['requestPasswordReset', 'sendEmail'] }, completedAt: { exists: false } },
    limit: 1000,
    depth: 0,
  })
  const ids = docs.filter((job) => JSON.stringify(job.input).includes(email)).map((job) => job.id)
  if (ids.length) await payload.jobs.run({ where: { id: { in: ids } }, limit: 100 })
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

beforeAll(async () => {
  payload = await testPayload()
  installPeerAddressHeader()
})

afterAll(async () => {
  await closePayload(payload)
})

describe('sign-in rate limits', () => {
  it('one address: 30 attempts per 15 minutes, then 429 with a French message and Retry-After, even with the right password', async () => {
    const from = newAddress()
    const owner = await createUser(payload, ['donor'])
    for (let i = 0; i < 30; i++) {
      // Other addresses each time (no account's delay involved); a blank password is refused at once but counted.
      expect((await login(`${unique('x')}@exemple.fr`, '', from)).status).toBe(400)
    }
    const refused = await login(owner.email, TEST_PASSWORD, from)
    expect(refused.status).toBe(429)
    expect(refused.body.errors?.[0]?.message).toMatch(
      /^Trop de tentatives de connexion\. Réessayez dans \d+ minutes?, ou choisissez un nouveau mot de passe/,
    )
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.body.errors?.[0]?.data?.retryAfterSeconds).toBe(Number(refused.headers.get('retry-after')))
    // Another address is not concerned.
    expect((await login(owner.email, TEST_PASSWORD, newAddress())).status).toBe(200)
  })

  it('successful sign-ins are given back: a school’s shared address is not punished for its users', async () => {
    const from = newAddress()
    const users = await Promise.all(Array.from({ length: 3 }, () => createUser(payload, ['teacher'])))
    for (let round = 0; round < 12; round++)
      for (const user of users) expect((await login(user.email, TEST_PASSWORD, from)).status).toBe(200)
  })

  it('GraphQL’s loginUser follows the same limits; its forgotten-password mutation is closed', async () => {
    const victim = await createUser(payload, ['donor'])
    const graphql = async (query: string, from: string) => {
      const response = await GRAPHQL_POST(config)(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [PEER_HEADER]: from },
          body: JSON.stringify({ query }),
        }),
      )
      return (await response.json()) as { errors?: { message: string; extensions?: { statusCode?: number } }[] }
    }
    const attempt = () =>
      graphql(
        `mutation { loginUser(email: "${victim.email}", password: "mauvais-${randomUUID()}") { token } }`,
        newAddress(),
      )
    for (let i = 0; i < 5; i++) expect((await attempt()).errors?.[0]?.extensions?.statusCode).toBe(401)
    const limited = await attempt()
    expect(limited.errors?.[0]).toMatchObject({
      extensions: { statusCode: 429 },
      message: expect.stringMatching(/^Trop de tentatives de connexion/),
    })
    const forgot = await graphql(`mutation { forgotPasswordUser(email: "${victim.email}") }`, newAddress())
    expect(forgot.errors?.[0]).toMatchObject({
      extensions: { statusCode: 403 },
      message: expect.stringContaining('Mot de passe oublié'),
    })
  })
})

describe('no account enumeration', () => {
  it('a wrong password: the same status and words, in about the same time, whether or not the account exists', async () => {
    const existing = await createUser(payload, ['donor'])
    const unknown = `${unique('personne')}@exemple.fr`
    const times: Record<'existing' | 'unknown', number[]> = { existing: [], unknown: [] }
    const bodies = new Set<string>()
    for (let i = 0; i < 3; i++) {
      for (const [kind, email] of [
        ['existing', existing.email],
        ['unknown', unknown],
      ] as const) {
        const sent = await login(email, `mauvais-${i}-mot-de-passe`, newAddress())
        expect(sent.status).toBe(401)
        bodies.add(JSON.stringify(sent.body))
        times[kind].push(sent.ms)
      }
    }
    expect([...bodies]).toEqual([
      JSON.stringify({ errors: [{ message: 'L’adresse e-mail ou le mot de passe fourni est incorrect.' }] }),
    ])
    // An unknown address used to be refused at once (no password hash to check): ~100 times faster.
    const ratio = median(times.unknown) / median(times.existing)
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  })

  it('an account hammered past its free attempts answers exactly like an unknown address hammered the same way; Payload’s lockout is gone', async () => {
    const hammered = await createUser(payload, ['admin'])
    const unknown = `${unique('personne')}@exemple.fr`
    const answers: string[][] = [[], []]
    for (const [i, email] of [hammered.email, unknown].entries()) {
      for (let attempt = 0; attempt < 7; attempt++) {
        const sent = await login(email, `essai-${attempt}-mauvais`, newAddress())
        answers[i]!.push(`${sent.status} ${sent.body.errors?.[0]?.message}`)
      }
    }
    expect(answers[0]).toEqual(answers[1])
    expect(answers[0]!.slice(0, 5).every((a) => a.startsWith('401 '))).toBe(true)
    expect(answers[0]![5]).toMatch(/^429 Trop de tentatives de connexion\. Réessayez dans 30 secondes/)
    const stored = (await payload.db.findOne({
      collection: 'users',
      where: { id: { equals: hammered.id } },
    })) as Record<string, unknown>
    expect(stored).not.toHaveProperty('lockUntil')
    expect(stored).not.toHaveProperty('loginAttempts')
  })

  it('forgotten password over REST: the same answer for any address, and only a queued job in the request', async () => {
    const existing = await createUser(payload, ['donor'])
    const queuedFor = async (email: string) =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { in: ['requestPasswordReset', 'sendEmail'] } },
          limit: 1000,
          depth: 0,
        })
      ).docs
        .filter((job) => JSON.stringify(job.input).includes(email))
        .map((job) => job.taskSlug)
    const answers = await Promise.all(
      [existing.email, `${unique('personne')}@exemple.fr`].map(async (email) => {
        const sent = await post('/users/forgot-password', { email }, { from: newAddress() })
        return { status: sent.status, body: sent.body, queued: await queuedFor(email) }
      }),
    )
    expect(answers[0]).toEqual({ status: 200, body: { message: 'Succès' }, queued: ['requestPasswordReset'] })
    expect(answers[1]).toEqual(answers[0])
  })

  it('forgotten password: 3 requests per address and 10 per client address an hour, then 429', async () => {
    const email = `${unique('cible')}@exemple.fr`
    for (let i = 0; i < 3; i++)
      expect((await post('/users/forgot-password', { email }, { from: newAddress() })).status).toBe(200)
    const perAccount = await post('/users/forgot-password', { email: email.toUpperCase() }, { from: newAddress() })
    expect(perAccount.status).toBe(429)
    expect(perAccount.body.errors?.[0]?.message).toMatch(
      /^Trop de demandes de nouveau mot de passe en peu de temps\. Réessayez dans \d+ minutes/,
    )
    expect(perAccount.headers.get('retry-after')).toMatch(/^\d+$/)

    const from = newAddress()
    for (let i = 0; i < 10; i++)
      expect((await post('/users/forgot-password', { email: `${unique('a')}@exemple.fr` }, { from })).status).toBe(200)
    expect((await post('/users/forgot-password', { email: `${unique('a')}@exemple.fr` }, { from })).status).toBe(429)
    // The site's form goes through the same limits.
    await expect(requestPasswordReset(payload, email, newAddress())).rejects.toMatchObject({ status: 429 })
  })

  it('sign-up: at most 3 per address an hour, whether or not it has an account', async () => {
    const existing = await createUser(payload, ['donor'])
    for (const email of [existing.email, `${unique('nouveau')}@exemple.fr`]) {
      const form = {
        firstName: 'Camille',
        lastName: 'Durand',
        email,
        password: NEW_PASSWORD,
        passwordConfirm: NEW_PASSWORD,
      }
      for (let i = 0; i < 3; i++) expect(await signUpDonor(payload, form, newAddress())).toEqual({ ok: true })
      await expect(signUpDonor(payload, form, newAddress())).rejects.toMatchObject({
        status: 429,
        message: expect.stringMatching(/^Trop d’inscriptions envoyées/),
      })
    }
  })
})

describe('locked-out attacker vs real owner', () => {
  it('an attacker failing on an admin’s account from many addresses never keeps its owner out', async () => {
    const admin = await createUser(payload, ['admin'])
    const home = newAddress()

    // Yesterday: the admin signed in from their usual browser, which keeps a trust cookie.
    const usual = await login(admin.email, TEST_PASSWORD, home)
    expect(usual.status).toBe(200)
    const usualBrowser = deviceCookieOf(usual)
    expect(usualBrowser).toMatch(/^portail-appareil=[\w-]+\.[\w-]+$/)

    // The attack: wrong passwords from ever new addresses, as fast as the limits allow.
    const attack = async (times: number) => {
      const statuses: number[] = []
      for (let i = 0; i < times; i++)
        statuses.push((await login(admin.email, `devine-${randomUUID()}`, newAddress())).status)
      return statuses
    }
    expect(await attack(8)).toEqual([401, 401, 401, 401, 401, 429, 429, 429])

    // The usual browser is not slowed at all.
    expect((await login(admin.email, TEST_PASSWORD, home, usualBrowser)).status).toBe(200)

    // A new browser (a colleague's computer) is, like the attacker's.
    const elsewhere = newAddress()
    expect((await login(admin.email, TEST_PASSWORD, elsewhere)).status).toBe(429)

    // From there, "mot de passe oublié": the e-mailed link leads staff to the admin's reset page…
    expect((await post('/users/forgot-password', { email: admin.email }, { from: elsewhere })).status).toBe(200)
    await runJobsFor(admin.email) // the request's job, which queues the e-mail
    await runJobsFor(admin.email) // the e-mail
    const mail = outboxMessages()
      .reverse()
      .find((m) => m.includes(`To: ${admin.email}`))
    const token = mail?.match(/\/admin\/reset\/([0-9a-f]{40})/)?.[1]
    expect(token).toBeTruthy()

    // …which always works, signs in, trusts this browser and lifts the account's delay.
    const reset = await post('/users/reset-password', { token, password: NEW_PASSWORD }, { from: elsewhere })
    expect(reset.status).toBe(200)
    const newBrowser = deviceCookieOf(reset)
    expect(newBrowser).toBeTruthy()

    // The attacker carries on: five more free failures, then the delay again…
    expect(await attack(7)).toEqual([401, 401, 401, 401, 401, 429, 429])
    // …while the owner signs in from both trusted browsers, as often as they like.
    for (let i = 0; i < 3; i++) {
      expect((await login(admin.email, NEW_PASSWORD, elsewhere, newBrowser)).status).toBe(200)
      expect((await login(admin.email, NEW_PASSWORD, home, usualBrowser)).status).toBe(200)
    }
    // A trust cookie is for its own account only.
    const other = await createUser(payload, ['donor'])
    for (let i = 0; i < 5; i++) await login(other.email, `devine-${i}-mauvais`, newAddress())
    expect((await login(other.email, TEST_PASSWORD, elsewhere, newBrowser)).status).toBe(429)
  })

  it('a trusted browser still has its own limit: 10 failures in 15 minutes', async () => {
    const user = await createUser(payload, ['teacher'])
    const from = newAddress()
    const browser = deviceCookieOf(await login(user.email, TEST_PASSWORD, from))
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await login(user.email, `faute-${i}-de-frappe`, from, browser)).status)
    expect(statuses).toEqual([...Array(10).fill(401), 429])
  })
})

describe('_verified', () => {
  it('cannot be written by its user, over REST (the value is ignored); an admin can', async () => {
    const donor = await createUser(payload, ['donor'])
    const { status } = await rest('PATCH', `/users/${donor.id}`, {
      token: await tokenFor(payload, donor.email),
      body: { _verified: false, firstName: 'Damien' },
    })
    expect(status).toBe(200)
    expect(await payload.findByID({ collection: 'users', id: donor.id, depth: 0 })).toMatchObject({
      _verified: true,
      firstName: 'Damien',
    })

    const admin = await createUser(payload, ['admin'])
    const byAdmin = await rest('PATCH', `/users/${donor.id}`, {
      token: await tokenFor(payload, admin.email),
      body: { _verified: false },
    })
    expect(byAdmin.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: donor.id, depth: 0 }))._verified).toBe(false)
    // Unverified again: the account cannot sign in until it opens a new link.
    await expect(
      payload.login({ collection: 'users', data: { email: donor.email, password: TEST_PASSWORD } }),
    ).rejects.toThrow()
  })
})
