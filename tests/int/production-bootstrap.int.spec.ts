import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseEnv } from '@/env-schema'
import { bootstrap } from '@/seed'
import { REQUIRED_PAGE_SLUGS } from '@/seed/sites'
import { createAdministrator } from '@/services/accounts/create-admin'
import { closePayload } from '@/services/db/close-payload'

import { createUser, testPayload, unique } from '../helpers/factories'

let payload: Payload
// The hosts of a production deployment (the sites already exist: the test run's `npm run migrate` created them).
const env = parseEnv(
  { SITE_HOSTS_PROJETS: 'projets.bootstrap.localhost', SITE_HOSTS_PARENTALITE: 'tne.bootstrap.localhost' },
  () => 's'.repeat(32),
)

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

const pagesOf = async (site: string) =>
  (
    await payload.find({
      collection: 'pages',
      where: { 'tenant.slug': { equals: site } },
      pagination: false,
      depth: 0,
      sort: 'slug',
    })
  ).docs

describe('the production bootstrap (npm run migrate)', () => {
  it('gives both sites their navigation and every required page, published', async () => {
    for (const site of ['projets', 'parentalite']) {
      const pages = await pagesOf(site)
      expect(pages.filter((p) => p._status === 'published').map((p) => p.slug)).toEqual(
        expect.arrayContaining([...REQUIRED_PAGE_SLUGS]),
      )
      const tenant = (await payload.find({ collection: 'tenants', where: { slug: { equals: site } }, depth: 0 }))
        .docs[0]
      const settings = (
        await payload.find({ collection: 'site-settings', where: { tenant: { equals: tenant.id } }, depth: 0 })
      ).docs[0]
      expect(settings.headerNav?.length).toBeGreaterThan(2)
      expect(settings.footerNav).toContainEqual(expect.objectContaining({ label: 'Aide', url: '/aide' }))
    }
  })

  it('never modifies what exists: only a missing page and a newly configured host are added', async () => {
    const [contact] = (await pagesOf('parentalite')).filter((p) => p.slug === 'contact')
    await payload.update({
      collection: 'pages',
      id: contact.id,
      data: { title: 'Écrire à l’équipe', placeholder: false },
      depth: 0,
    })
    const [help] = (await pagesOf('parentalite')).filter((p) => p.slug === 'aide')
    await payload.delete({ collection: 'pages', id: help.id })

    expect((await bootstrap(payload, env)).created).toBe(1)
    const after = await pagesOf('parentalite')
    expect(after.find((p) => p.slug === 'contact')).toMatchObject({ title: 'Écrire à l’équipe', placeholder: false })
    expect(after.find((p) => p.slug === 'aide')).toMatchObject({
      title: 'Aide',
      placeholder: true,
      _status: 'published',
    })
    const tenant = (await payload.find({ collection: 'tenants', where: { slug: { equals: 'parentalite' } }, depth: 0 }))
      .docs[0]
    expect(tenant.domains.map((d) => d.domain)).toContain('tne.bootstrap.localhost')
    // Run again: nothing left to create.
    expect((await bootstrap(payload, env)).created).toBe(0)
  })

  it('creates no account, project, structure or gift', async () => {
    const before = await Promise.all(
      (['users', 'projects', 'structures', 'donations'] as const).map((c) => payload.count({ collection: c })),
    )
    await bootstrap(payload, env)
    const after = await Promise.all(
      (['users', 'projects', 'structures', 'donations'] as const).map((c) => payload.count({ collection: c })),
    )
    expect(after).toEqual(before)
  })
})

describe('the first administrator (npm run admin:create)', () => {
  it('creates a verified admin whose one-time link sets the password, once', async () => {
    const email = `${unique('premiere-admin')}@gip.example.fr`
    const result = await createAdministrator(
      payload,
      { email, firstName: 'Alice', lastName: 'Martin' },
      'https://portail.example.fr',
    )
    expect(result.outcome).toBe('created')
    const token = /^https:\/\/portail\.example\.fr\/admin\/reset\/([0-9a-f]+)$/.exec(result.setPasswordUrl ?? '')?.[1]
    expect(token).toBeTruthy()
    const user = await payload.findByID({ collection: 'users', id: result.id, depth: 0 })
    expect(user).toMatchObject({ roles: ['admin'], firstName: 'Alice', lastName: 'Martin', _verified: true })

    // The link's page refuses a weak password (the admin's rules), then accepts a good one, once.
    await expect(
      payload.resetPassword({
        collection: 'users',
        data: { token: token!, password: 'trop-court' },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 400 })
    await payload.resetPassword({
      collection: 'users',
      data: { token: token!, password: 'un mot de passe solide' },
      overrideAccess: true,
    })
    await expect(
      payload.resetPassword({
        collection: 'users',
        data: { token: token!, password: 'un autre mot de passe' },
        overrideAccess: true,
      }),
    ).rejects.toThrow()
    const login = await payload.login({ collection: 'users', data: { email, password: 'un mot de passe solide' } })
    expect(login.user?.roles).toEqual(['admin'])
  })

  it('promotes an existing user, keeping their roles and their password', async () => {
    const teacher = await createUser(payload, ['teacher'])
    const result = await createAdministrator(
      payload,
      { email: teacher.email, password: 'le nouveau mot de passe' },
      'https://portail.example.fr',
    )
    expect(result).toMatchObject({ outcome: 'promoted', setPasswordUrl: null, id: teacher.id })
    expect((await payload.findByID({ collection: 'users', id: teacher.id, depth: 0 })).roles).toEqual([
      'teacher',
      'admin',
    ])
    await expect(
      payload.login({ collection: 'users', data: { email: teacher.email, password: 'le nouveau mot de passe' } }),
    ).resolves.toMatchObject({ user: { id: teacher.id } })
  })
})
