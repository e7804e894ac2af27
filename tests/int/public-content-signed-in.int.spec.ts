import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/domain/access/roles'
import type { Tenant } from '@/payload-types'
import { legalSettings } from '@/seed/skeleton-pages'
import { closePayload } from '@/services/db/close-payload'

import { type Actor, articleData, pngBytes, richText, upload } from '../helpers/content'
import { createSite, createUser, testPayload, unique } from '../helpers/factories'
import { rest, restResponse, tokenFor } from '../helpers/rest'

/**
 * Issue 16: a signed-in account that belongs to no site (every account but admins' and editors')
 * got 403 on the sites' public content, which anonymous visitors read (the multi-tenant plugin's
 * access narrowing). Public content stays public to everyone signed in; drafts stay hidden.
 */
let payload: Payload
let site: Tenant
let editor: Actor
const published: Record<string, number> = {}
const drafts: Record<string, number> = {}
let mediaFile: string
const tokens: Record<string, string> = {}

const TENANTLESS_ROLES: Role[][] = [
  ['donor'],
  ['structure-manager'],
  ['teacher'],
  ['sponsor'],
  ['coordinator'],
  ['moderator'],
]
const label = (roles: Role[]) => roles.join('+')

beforeAll(async () => {
  payload = await testPayload()
  editor = await createUser(payload, ['editor'])
  site = await createSite(payload, unique('Site public'))
  const asEditor = { user: editor, overrideAccess: false as const }
  const body = await richText(payload, 'Un texte **publié**.')
  const png = await pngBytes()

  const media = await payload.create({
    collection: 'media',
    data: { tenant: site.id, alt: 'Logo du mécène' } as never,
    file: upload(png, `${unique('logo')}.png`, 'image/png'),
    ...asEditor,
  })
  published.media = media.id
  mediaFile = media.filename!
  published.documents = (
    await payload.create({
      collection: 'documents',
      data: { tenant: site.id, title: 'Affiche' } as never,
      file: upload(png, `${unique('affiche')}.png`, 'image/png'),
      ...asEditor,
    })
  ).id

  const page = (status: 'published' | 'draft') => ({
    tenant: site.id,
    title: unique(`Page ${status}`),
    slug: unique('page'),
    content: body,
    _status: status,
  })
  published.pages = (await payload.create({ collection: 'pages', data: page('published') as never, ...asEditor })).id
  drafts.pages = (
    await payload.create({ collection: 'pages', data: page('draft') as never, draft: true, ...asEditor })
  ).id

  const news = (status: 'published' | 'draft') => ({
    tenant: site.id,
    title: unique(`Actualité ${status}`),
    slug: unique('actu'),
    excerpt: 'En bref.',
    body,
    _status: status,
  })
  published.news = (await payload.create({ collection: 'news', data: news('published') as never, ...asEditor })).id
  drafts.news = (
    await payload.create({ collection: 'news', data: news('draft') as never, draft: true, ...asEditor })
  ).id

  published['expert-articles'] = (
    await payload.create({
      collection: 'expert-articles',
      data: await articleData(payload, site.id, { _status: 'published' }),
      ...asEditor,
    })
  ).id
  drafts['expert-articles'] = (
    await payload.create({
      collection: 'expert-articles',
      data: await articleData(payload, site.id),
      draft: true,
      ...asEditor,
    })
  ).id

  const kit = (status: 'published' | 'draft') => ({
    tenant: site.id,
    title: unique(`Mallette ${status}`),
    slug: unique('kit'),
    summary: 'Une mallette.',
    audiences: ['parents'],
    levels: ['ecole'],
    themes: ['children_digital_uses'],
    format: 'workshop',
    durationMinutes: 90,
    _status: status,
  })
  published['workshop-kits'] = (
    await payload.create({ collection: 'workshop-kits', data: kit('published') as never, ...asEditor })
  ).id
  drafts['workshop-kits'] = (
    await payload.create({ collection: 'workshop-kits', data: kit('draft') as never, draft: true, ...asEditor })
  ).id

  published['site-settings'] = (
    await payload.create({
      collection: 'site-settings',
      data: { tenant: site.id, tagline: 'Le site public', ...legalSettings('2026-12-01') } as never,
      ...asEditor,
    })
  ).id
  published.redirects = (
    await payload.create({
      collection: 'redirects',
      data: { tenant: site.id, from: `/${unique('ancien')}`, to: { type: 'custom', url: '/' }, type: '301' } as never,
      ...asEditor,
    })
  ).id
  published.tenants = site.id

  for (const roles of TENANTLESS_ROLES) {
    const user = await createUser(payload, roles)
    tokens[label(roles)] = await tokenFor(payload, user.email)
  }
}, 120_000)

afterAll(async () => {
  await closePayload(payload)
})

const ids = (json: Record<string, unknown>) =>
  ((json.docs ?? []) as { id: number }[]).map((doc) => doc.id).sort((a, b) => a - b)
const both = (slug: string) => [published[slug], drafts[slug]].filter((id) => id !== undefined)
const listPath = (slug: string) =>
  `/${slug}?depth=1&limit=100&${both(slug)
    .map((id, i) => `where[id][in][${i}]=${id}`)
    .join('&')}`

const PUBLIC_COLLECTIONS = [
  'media',
  'documents',
  'pages',
  'news',
  'expert-articles',
  'workshop-kits',
  'site-settings',
  'redirects',
  'tenants',
] as const

describe.each(TENANTLESS_ROLES.map((roles) => [label(roles)]))('a signed-in %s, who belongs to no site', (who) => {
  it.each(PUBLIC_COLLECTIONS.map((slug) => [slug]))(
    'reads the published %s as an anonymous visitor does (200), and no draft',
    async (slug) => {
      const anonymous = await rest('GET', listPath(slug))
      const signedIn = await rest('GET', listPath(slug), { token: tokens[who] })
      expect(anonymous.status).toBe(200)
      expect(signedIn.status).toBe(200)
      expect(ids(signedIn.json)).toEqual([published[slug]])
      expect(ids(signedIn.json)).toEqual(ids(anonymous.json))
    },
  )

  it('downloads an image of the media library (a sponsor’s logo on the home page)', async () => {
    const response = await restResponse('GET', `/media/file/${mediaFile}`, { token: tokens[who] })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
  })

  it('still cannot read drafts through the versions, nor with ?draft=true', async () => {
    for (const slug of ['pages', 'news', 'expert-articles', 'workshop-kits'] as const) {
      const versions = await rest('GET', `/${slug}/versions?where[parent][equals]=${drafts[slug]}`, {
        token: tokens[who],
      })
      expect(versions.status, slug).toBe(403)
      const asDraft = await rest('GET', `/${slug}/${drafts[slug]}?draft=true`, { token: tokens[who] })
      expect(asDraft.status, slug).toBe(404)
    }
  })

  it('still cannot write the sites’ content', async () => {
    const attempt = await rest('PATCH', `/pages/${published.pages}`, {
      token: tokens[who],
      body: { title: 'Détourné' },
    })
    expect(attempt.status).toBe(403)
    expect((await payload.findByID({ collection: 'pages', id: published.pages, depth: 0 })).title).not.toBe('Détourné')
  })
})

describe('editors and admins', () => {
  it('an editor still reads the drafts and their versions', async () => {
    const token = await tokenFor(payload, editor.email)
    const list = await rest('GET', listPath('pages'), { token })
    expect(ids(list.json)).toEqual(both('pages').sort((a, b) => a - b))
    const versions = await rest('GET', `/pages/versions?where[parent][equals]=${drafts.pages}`, { token })
    expect(versions.status).toBe(200)
    expect((versions.json.docs as unknown[]).length).toBeGreaterThan(0)
  })

  it('the admin’s lists keep their per-site filter (the site chosen in the selector)', async () => {
    for (const slug of [
      'pages',
      'news',
      'media',
      'documents',
      'expert-articles',
      'workshop-kits',
      'redirects',
      'site-settings',
    ] as CollectionSlug[]) {
      const baseFilter = payload.collections[slug].config.admin.baseFilter
      const req = {
        payload,
        user: { ...editor },
        headers: new Headers({ cookie: `payload-tenant=${site.id}` }),
      } as unknown as PayloadRequest
      expect(await baseFilter?.({ limit: 10, locale: 'fr', page: 1, req, sort: 'id' } as never), slug).toEqual({
        and: [{ tenant: { in: [site.id] } }],
      })
    }
  })

  it('other staff do not see the sites’ content in the admin’s navigation; admins and editors do', async () => {
    const hidden = payload.collections.pages.config.admin.hidden as (args: { user: unknown }) => boolean
    expect(hidden({ user: { roles: ['moderator'] } })).toBe(true)
    expect(hidden({ user: { roles: ['editor'] } })).toBe(false)
    expect(hidden({ user: { roles: ['admin'] } })).toBe(false)
  })
})
