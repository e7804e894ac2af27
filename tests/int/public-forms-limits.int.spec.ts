import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import type { FormState } from '@/actions/form-state'

import { TEST_PASSWORD, createProjectIn, createUser, testPayload, unique } from '../helpers/factories'

/**
 * The public sites' server actions (sign-in, sign-up, forgotten password, giving), driven as Next
 * runs them: the request's headers (the client's address as the server stamps it) and cookies
 * come from `next/headers`, replaced here by one visitor's browser.
 */
const browser = vi.hoisted(() => ({ peer: '', cookies: new Map<string, string>() }))

vi.mock('next/headers', async () => {
  const { PEER_HEADER } = await import('@/services/rate-limit/peer-header')
  return {
    headers: async () =>
      new Headers({
        [PEER_HEADER]: browser.peer,
        ...(browser.cookies.size ? { cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
      }),
    cookies: async () => ({
      get: (name: string) => (browser.cookies.has(name) ? { name, value: browser.cookies.get(name)! } : undefined),
      set: (name: string, value: string) => void browser.cookies.set(name, value),
      delete: (name: string) => void browser.cookies.delete(name),
    }),
  }
})

let payload: Payload
let actions: typeof import('@/actions/auth')
let giving: typeof import('@/actions/giving')

let octet = 0
/** A new visitor: their own address, no cookie. */
function newVisitor(): string {
  browser.peer = `192.0.2.${(octet++ % 250) + 1}`
  browser.cookies = new Map()
  return browser.peer
}

const formData = (values: Record<string, string>) => {
  const form = new FormData()
  for (const [key, value] of Object.entries(values)) form.set(key, value)
  return form
}

/** The action's form state, or `redirect` when it redirected (as Next does, by throwing). */
async function submit(
  action: (state: FormState, form: FormData) => Promise<FormState>,
  values: Record<string, string>,
): Promise<FormState | 'redirect'> {
  try {
    return await action({}, formData(values))
  } catch (error) {
    if (String((error as { digest?: unknown }).digest ?? '').startsWith('NEXT_REDIRECT')) return 'redirect'
    throw error
  }
}

beforeAll(async () => {
  payload = await testPayload()
  const { installPeerAddressHeader } = await import('@/services/rate-limit/peer-header')
  installPeerAddressHeader()
  actions = await import('@/actions/auth')
  giving = await import('@/actions/giving')
})

beforeEach(() => {
  newVisitor()
})

afterAll(async () => {
  const { closePayload } = await import('@/services/db/close-payload')
  await closePayload(payload)
})

describe('the sign-in form', () => {
  const signIn = (email: string, password: string) => submit(actions.signInAction, { email, password })

  it('answers the same for an unknown address and a wrong password, then the same delay for both', async () => {
    const existing = await createUser(payload, ['donor'])
    const unknown = `${unique('personne')}@exemple.fr`
    for (let i = 0; i < 5; i++) {
      for (const email of [existing.email, unknown]) {
        newVisitor()
        expect(await signIn(email, `faux-${i}-mot-de-passe`)).toEqual({
          errors: { email: 'Adresse e-mail ou mot de passe incorrect.' },
          values: { email },
        })
      }
    }
    const delayed = await Promise.all(
      [existing.email, unknown].map(async (email) => {
        newVisitor()
        return ((await signIn(email, TEST_PASSWORD)) as FormState).errors?.email
      }),
    )
    expect(delayed[0]).toMatch(/^Trop de tentatives de connexion\. Réessayez dans 30 secondes/)
    expect(delayed[1]).toBe(delayed[0])
  })

  it('signs in, and the browser keeps a trust cookie that the account’s delay does not slow', async () => {
    const user = await createUser(payload, ['teacher'])
    expect(await signIn(user.email, TEST_PASSWORD)).toBe('redirect')
    expect([...browser.cookies.keys()].sort()).toEqual(['portail-appareil', 'portail-token'])
    const trusted = new Map(browser.cookies)
    for (let i = 0; i < 6; i++) {
      newVisitor()
      await signIn(user.email, `devine-${i}-mauvais`)
    }
    newVisitor()
    expect(((await signIn(user.email, TEST_PASSWORD)) as FormState).errors?.email).toMatch(/^Trop de tentatives/)
    browser.cookies = new Map(trusted)
    expect(await signIn(user.email, TEST_PASSWORD)).toBe('redirect')
  })
})

describe('the forgotten-password form', () => {
  it('answers the same for any address; beyond 3 requests an hour for one address, a French error on the field', async () => {
    const existing = await createUser(payload, ['donor'])
    const unknown = `${unique('personne')}@exemple.fr`
    const messageFor = (email: string) =>
      `Si un compte existe pour ${email}, un lien pour choisir un nouveau mot de passe va y être envoyé. Il arrive d’habitude en quelques minutes (pensez à regarder dans vos courriers indésirables) et reste valable une heure : s’il arrive plus tard, refaites une demande.`
    for (const email of [existing.email, unknown]) {
      for (let i = 0; i < 3; i++) {
        newVisitor()
        expect(await submit(actions.forgotPasswordAction, { email })).toEqual({
          done: true,
          message: messageFor(email),
        })
      }
      newVisitor()
      expect(await submit(actions.forgotPasswordAction, { email })).toEqual({
        errors: { email: expect.stringMatching(/^Trop de demandes de nouveau mot de passe/) },
        values: { email },
      })
    }
  })
})

describe('the sign-up form', () => {
  it('takes 10 sign-ups an hour from one address, then a French error above the form', async () => {
    const form = () => {
      const email = `${unique('inscrit')}@exemple.fr`
      return {
        firstName: 'Camille',
        lastName: 'Durand',
        email,
        password: 'une phrase de passe solide',
        passwordConfirm: 'une phrase de passe solide',
      }
    }
    for (let i = 0; i < 10; i++) expect(await submit(actions.signUpDonorAction, form())).toMatchObject({ done: true })
    expect(await submit(actions.signUpDonorAction, form())).toMatchObject({
      errors: {
        _form: expect.stringMatching(/^Trop d’inscriptions envoyées en peu de temps\. Réessayez dans \d+ minutes\.$/),
      },
    })
  })
})

describe('the giving form (/projets/<slug>/don)', () => {
  let projectId: number
  const donationCount = async () =>
    (await payload.count({ collection: 'donations', where: { project: { equals: projectId } } })).totalDocs
  const gift = (email = `${unique('donateur')}@exemple.org`) => ({
    projet: String(projectId),
    amount: '10',
    donorType: 'individual',
    firstName: 'Damien',
    lastName: 'Martin',
    email,
    address: '3 rue des Lilas',
    postcode: '95100',
    city: 'Argenteuil',
    paymentMethod: 'transfer',
  })

  beforeAll(async () => {
    projectId = (
      await createProjectIn(payload, 'collecting', { minimumGoalCents: 500_000, optimumGoalCents: 1_000_000 })
    ).id
  })

  it('records 20 gifts an hour from one address, then refuses with a French error and records nothing', async () => {
    for (let i = 0; i < 20; i++) expect(await submit(giving.giveAction, gift())).toBe('redirect')
    expect(await donationCount()).toBe(20)
    expect(await submit(giving.giveAction, gift())).toMatchObject({
      errors: { _form: expect.stringMatching(/^Trop de dons enregistrés en peu de temps/) },
    })
    expect(await donationCount()).toBe(20)
  })

  it('and 10 an hour with one e-mail address, from any address', async () => {
    const email = `${unique('meme')}@exemple.org`
    // Over four projects: one address may have at most 3 unpaid gifts on one project (the holds' rule).
    const projects = [
      projectId,
      ...(await Promise.all(
        [1, 2, 3].map(
          async () =>
            (await createProjectIn(payload, 'collecting', { minimumGoalCents: 500_000, optimumGoalCents: 1_000_000 }))
              .id,
        ),
      )),
    ]
    for (let i = 0; i < 10; i++) {
      newVisitor()
      expect(await submit(giving.giveAction, { ...gift(email), projet: String(projects[i % 4]) })).toBe('redirect')
    }
    newVisitor()
    expect(await submit(giving.giveAction, gift(email.toUpperCase()))).toMatchObject({
      errors: { _form: expect.stringMatching(/^Trop de dons/) },
    })
  })

  it('a form with mistakes is answered on its fields and not counted', async () => {
    for (let i = 0; i < 25; i++)
      expect(await submit(giving.giveAction, { ...gift(), amount: 'beaucoup' })).toMatchObject({
        errors: { amount: expect.any(String) },
      })
    expect(await submit(giving.giveAction, gift())).toBe('redirect')
  })
})

describe('the yearly report’s PDF (/chiffres-cles/rapport/<année>/pdf), rendered on each request', () => {
  it('30 downloads per 10 minutes from one address, then a French 429 page with Retry-After', async () => {
    const { PEER_HEADER } = await import('@/services/rate-limit/peer-header')
    const { GET } = await import('@/app/(sites)/[site]/(projets)/chiffres-cles/rapport/[annee]/pdf/route')
    const from = newVisitor()
    const download = () =>
      GET(
        new Request('http://localhost/chiffres-cles/rapport/1999/pdf', {
          headers: { [PEER_HEADER]: from, Accept: 'text/html' },
        }),
        { params: Promise.resolve({ site: 'localhost', annee: '1999' }) },
      )
    for (let i = 0; i < 30; i++) expect((await download()).status).toBe(404) // no report that year: cheap, but counted
    const refused = await download()
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(refused.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await refused.text()).toContain(
      'Trop de téléchargements du rapport en peu de temps. Réessayez dans 10 minutes.',
    )
  })
})
