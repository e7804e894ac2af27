import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SITE_KINDS } from '@/domain/sites/kinds'
import { allSiteOrigins, siteOrigin } from '@/domain/sites/origins'
import { env } from '@/env'
import type { Tenant, User } from '@/payload-types'
import { signUpDonor } from '@/services/auth/accounts'
import { closePayload } from '@/services/db/close-payload'
import { createDonation } from '@/services/donations/create-donation'
import { testProvider } from '@/services/payments/provider'
import { siteOfKind } from '@/services/sites/registry'

import { FORBIDDEN, createProjectIn, createUser, testPayload, unique } from '../helpers/factories'
import { giftInput } from '../helpers/gifts'
import { outboxMessages } from '../helpers/outbox'

let payload: Payload
let admin: User & { collection: 'users' }
let editor: User & { collection: 'users' }
/** The crowdfunding site as `npm run migrate` seeded it: its domains are put back after the tests. */
let projets: Tenant

const PASSWORD = 'Un-mot-de-passe-solide-2026'

/** The payment page a new gift is sent to (the test provider's, on the crowdfunding site). */
async function checkoutUrl(): Promise<string> {
  const project = await createProjectIn(payload, 'collecting')
  const created = await createDonation(payload, {
    projectId: project.id,
    gift: giftInput(2_500),
    provider: testProvider,
  })
  if (!created.ok || !created.checkoutUrl) throw new Error(JSON.stringify(created))
  return created.checkoutUrl
}

/** The verification link e-mailed to a new donor, once the queue has sent it. */
async function verificationLink(): Promise<string> {
  const email = `${unique('donatrice')}@exemple.org`
  expect(
    await signUpDonor(
      payload,
      { firstName: 'Inès', lastName: 'Benali', email, password: PASSWORD, passwordConfirm: PASSWORD },
      unique('client'),
    ),
  ).toEqual({ ok: true })
  await payload.jobs.run({ limit: 1000 })
  const mail = outboxMessages().find((m) => m.includes(`To: ${email}`))
  const link = mail?.match(/https?:\/\/[^\s"<]+\/verifier-email\?jeton=[0-9a-f]+/)?.[0]
  if (!link) throw new Error(`no verification link in:\n${mail}`)
  return link
}

const setDomains = (domains: string[], user: User & { collection: 'users' }) =>
  payload.update({
    collection: 'tenants',
    id: projets.id,
    data: { domains: domains.map((domain) => ({ domain })) },
    user,
    overrideAccess: false,
    depth: 0,
  })

beforeAll(async () => {
  payload = await testPayload()
  admin = await createUser(payload, ['admin'])
  editor = await createUser(payload, ['editor'])
  const { docs } = await payload.find({
    collection: 'tenants',
    where: { slug: { equals: SITE_KINDS.projets } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) throw new Error('the crowdfunding site is seeded by npm run migrate')
  projets = docs[0]
})

afterAll(async () => {
  if (projets)
    await payload.update({ collection: 'tenants', id: projets.id, data: { domains: projets.domains }, depth: 0 })
  await closePayload(payload)
})

describe('links lead to the site’s primary domain as saved in the database', () => {
  it('an admin changes the crowdfunding site’s domain: payment and e-mail links use the new one at once', async () => {
    const before = projets.domains[0].domain
    // Read once first, so that the list of sites is in memory: the tenant's hook must drop it.
    expect(new URL(await checkoutUrl()).hostname).toBe(before)
    expect(new URL(await verificationLink()).hostname).toBe(before)

    const renamed = `${unique('dons')}.example.fr`
    await setDomains([renamed, ...projets.domains.map((d) => d.domain)], admin)

    const payment = new URL(await checkoutUrl())
    expect(payment.hostname).toBe(renamed)
    expect(payment.pathname).toMatch(/^\/paiement-test\/\d+$/)
    const verification = new URL(await verificationLink())
    expect(verification.hostname).toBe(renamed)
    expect(verification.pathname).toBe('/verifier-email')
    expect((await siteOfKind(payload, SITE_KINDS.projets)).primaryDomain).toBe(renamed)
  })

  it('a domain an admin adds may send signed-in requests at once: its origin joins the CSRF and CORS lists', async () => {
    const added = `${unique('parents')}.example.fr`
    const origin = siteOrigin(env, added)
    expect(payload.config.csrf).not.toContain(origin)
    const current = await payload.findByID({ collection: 'tenants', id: projets.id, depth: 0 })
    await setDomains([...current.domains.map((d) => d.domain), added], admin)
    await siteOfKind(payload, SITE_KINDS.projets)
    expect(payload.config.csrf).toContain(origin)
    expect(payload.config.cors).toContain(origin)
    // The environment's origins stay.
    for (const configured of allSiteOrigins(env)) expect(payload.config.csrf).toContain(configured)
  })

  it('only an admin changes a site’s domains: an editor is refused and the links stay as they were', async () => {
    const current = (await siteOfKind(payload, SITE_KINDS.projets)).primaryDomain
    await expect(setDomains([`${unique('pirate')}.example.fr`], editor)).rejects.toThrow(FORBIDDEN)
    expect(new URL(await checkoutUrl()).hostname).toBe(current)
  })
})
