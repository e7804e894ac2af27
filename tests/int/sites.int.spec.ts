import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Tenant, User } from '@/payload-types'
import { legalSettings } from '@/seed/skeleton-pages'
import { closePayload } from '@/services/db/close-payload'
import { getPublishedPage, getSiteByHost } from '@/sites/registry'

import { FORBIDDEN, createSite, createUser, idOf, testPayload, unique } from '../helpers/factories'

let payload: Payload
let projets: Tenant
let parentalite: Tenant
let editor: User & { collection: 'users' }

const domain = (site: Tenant) => site.domains[0].domain

async function publishPage(site: Tenant, slug: string, title: string, status: 'published' | 'draft' = 'published') {
  return payload.create({ collection: 'pages', data: { tenant: site.id, slug, title, _status: status }, depth: 0 })
}

beforeAll(async () => {
  payload = await testPayload()
  projets = await createSite(payload, 'Projets (test)')
  parentalite = await createSite(payload, 'Parentalité (test)')
  editor = await createUser(payload, ['editor'])
})

afterAll(async () => {
  await closePayload(payload)
})

describe('one app, several sites', () => {
  it('finds the site of a host, with or without port and case', async () => {
    expect((await getSiteByHost(domain(projets)))?.id).toBe(projets.id)
    expect((await getSiteByHost(`${domain(parentalite).toUpperCase()}:3000`))?.id).toBe(parentalite.id)
    expect(await getSiteByHost('unknown.example')).toBeNull()
    // Not a hostname (`next build` prerenders [site]/sitemap.xml with '-'), or not URL-encoded right.
    expect(await getSiteByHost('-')).toBeNull()
    expect(await getSiteByHost('%E0%A4%A')).toBeNull()
  })

  it('never serves a page of one site on another site’s host', async () => {
    const slug = unique('atelier')
    await publishPage(parentalite, slug, 'Page de Parentalité')
    const onParentalite = await getSiteByHost(domain(parentalite))
    const onProjets = await getSiteByHost(domain(projets))
    expect((await getPublishedPage(onParentalite!.id, slug))?.title).toBe('Page de Parentalité')
    expect(await getPublishedPage(onProjets!.id, slug)).toBeNull()
  })

  it('serves each site its own page when both use the same slug', async () => {
    const slug = unique('contact')
    await publishPage(projets, slug, 'Contact Projets')
    await publishPage(parentalite, slug, 'Contact Parentalité')
    expect((await getPublishedPage(projets.id, slug))?.title).toBe('Contact Projets')
    expect((await getPublishedPage(parentalite.id, slug))?.title).toBe('Contact Parentalité')
  })

  it('refuses a second page with the same slug on one site', async () => {
    const slug = unique('doublon')
    await publishPage(projets, slug, 'Premier')
    await expect(publishPage(projets, slug, 'Second')).rejects.toThrow()
  })

  it('does not show drafts to the public', async () => {
    const slug = unique('brouillon')
    await publishPage(projets, slug, 'Brouillon', 'draft')
    expect(await getPublishedPage(projets.id, slug)).toBeNull()
    await expect(
      payload.find({ collection: 'pages', where: { slug: { equals: slug } }, overrideAccess: false }),
    ).resolves.toMatchObject({ totalDocs: 0 })
    const asEditor = await payload.find({
      collection: 'pages',
      where: { slug: { equals: slug } },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(asEditor.totalDocs).toBe(1)
  })

  it('a third programme is data only: a tenant, its settings and a home page make a working site', async () => {
    const host = `${unique('appel')}.localhost`
    const tenant = await payload.create({
      collection: 'tenants',
      data: {
        name: 'Appel à projets Océans',
        slug: unique('oceans'),
        domains: [{ domain: host }],
        theme: { primary: '#005a70', accent: '#7a3e00' },
      },
      user: await createUser(payload, ['admin']),
      overrideAccess: false,
    })
    await payload.create({
      collection: 'site-settings',
      data: {
        tenant: tenant.id,
        headerNav: [{ label: 'Le programme', url: '/le-programme' }],
        ...legalSettings('2026-12-01'),
      },
    })
    await publishPage(tenant, 'accueil', 'Classes de mer')
    const site = await getSiteByHost(`${host}:3000`)
    expect(site).toMatchObject({
      name: 'Appel à projets Océans',
      primaryDomain: host,
      theme: { primary: '#005a70', accent: '#7a3e00' },
    })
    expect(site?.settings?.headerNav?.map((l) => l.label)).toEqual(['Le programme'])
    expect((await getPublishedPage(site!.id, 'accueil'))?.title).toBe('Classes de mer')
  })
})

describe('site settings and content: who may change them', () => {
  it('an editor edits pages of every site; a coordinator edits none', async () => {
    const page = await payload.create({
      collection: 'pages',
      data: { tenant: parentalite.id, title: unique('Par l’éditrice'), _status: 'published' } as {
        tenant: number
        title: string
        slug: string
        _status: 'published'
      },
      user: editor,
      overrideAccess: false,
    })
    expect(page.slug).toMatch(/^par-l-editrice-/)
    const aisne = await idOf(payload, 'territories', 'slug', 'aisne')
    const coordinator = await createUser(payload, ['coordinator'], { territories: [aisne] })
    await expect(
      payload.create({
        collection: 'pages',
        data: { tenant: parentalite.id, title: 'Intrusion', slug: 'intrusion' },
        user: coordinator,
        overrideAccess: false,
      }),
    ).rejects.toThrow(FORBIDDEN)
    await expect(
      payload.update({
        collection: 'pages',
        id: page.id,
        data: { title: 'Modifié' },
        user: coordinator,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('only admins create sites', async () => {
    await expect(
      payload.create({
        collection: 'tenants',
        data: {
          name: 'X',
          slug: unique('x'),
          domains: [{ domain: `${unique('x')}.localhost` }],
          theme: { primary: '#000091', accent: '#000091' },
        },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(FORBIDDEN)
  })

  it.each([
    [
      'a colour unreadable on white',
      { theme: { primary: '#ffff00', accent: '#000091' } },
      'theme.primary',
      'Contraste insuffisant avec le blanc (4,5:1 minimum, critère RGAA 3.2).',
    ],
    [
      'a domain with a port',
      { domains: [{ domain: 'exemple.localhost:3000' }] },
      'domains.0.domain',
      'Indiquez un nom d’hôte seul, en minuscules, sans port ni chemin (ex. : projets.example.fr).',
    ],
  ])('refuses %s, on the right field', async (_label, patch, path, message) => {
    const data = {
      name: 'Site refusé',
      slug: unique('refuse'),
      domains: [{ domain: `${unique('ok')}.localhost` }],
      theme: { primary: '#000091', accent: '#000091' },
      ...patch,
    }
    await expect(payload.create({ collection: 'tenants', data })).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path, message }] },
    })
  })

  it('refuses a domain another site already uses', async () => {
    const data = {
      name: 'Copie',
      slug: unique('copie'),
      domains: [{ domain: domain(projets) }],
      theme: { primary: '#000091', accent: '#000091' },
    }
    await expect(payload.create({ collection: 'tenants', data })).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          {
            path: 'domains.0.domain',
            message: `Le domaine ${domain(projets)} est déjà utilisé par le site « Projets (test) ».`,
          },
        ],
      },
    })
  })
})
