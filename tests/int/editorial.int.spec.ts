import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { HIGHLIGHT_START, HIGHLIGHT_STOP } from '@/domain/content/highlight'
import { SCHEDULE_PAST_MESSAGE } from '@/domain/content/schedule'
import { SITE_KINDS, siteKindOf } from '@/domain/sites/kinds'
import type { Tenant } from '@/payload-types'
import { findPublished, findRedirect } from '@/services/content/public-content'
import { searchSite } from '@/services/content/site-search'
import { closePayload } from '@/services/db/close-payload'

import { type Actor, articleData, pngBytes, richText, upload } from '../helpers/content'
import { createProjectIn, createSite, createUser, testPayload, unique } from '../helpers/factories'
import { givePaid } from '../helpers/gifts'
import { rest, tokenFor } from '../helpers/rest'

let payload: Payload
let editor: Actor
let parentalite: Tenant
let projets: Tenant

beforeAll(async () => {
  payload = await testPayload()
  editor = await createUser(payload, ['editor'])
  parentalite = await createSite(payload, unique('Parentalité'))
  // The crowdfunding site (slug `projets`): the demo seed's when another test file created it first.
  projets =
    (await payload.find({ collection: 'tenants', where: { slug: { equals: 'projets' } }, limit: 1, depth: 0 }))
      .docs[0] ??
    (await payload.create({
      collection: 'tenants',
      data: {
        name: unique('Projets'),
        slug: 'projets',
        domains: [{ domain: `${unique('projets')}.localhost` }],
        theme: { primary: '#000091', accent: '#b34000' },
      },
      depth: 0,
    }))
})

afterAll(async () => {
  await closePayload(payload)
})

const asEditor = () => ({ user: editor, overrideAccess: false as const })
const publicCount = async (id: number) =>
  (await payload.count({ collection: 'expert-articles', where: { id: { equals: id } }, overrideAccess: false }))
    .totalDocs

describe('scheduled publication', () => {
  it('publishes a draft at its time, through the jobs queue, and not before', async () => {
    const publishAt = new Date(Date.now() + 2500).toISOString()
    const draft = await payload.create({
      collection: 'expert-articles',
      data: await articleData(payload, parentalite.id, { publishAt }),
      draft: true,
      ...asEditor(),
    })
    expect(draft._status).toBe('draft')
    expect(draft.publishAt).toBe(publishAt)

    await payload.jobs.run({ limit: 1000 })
    expect(await publicCount(draft.id)).toBe(0)

    await new Promise((resolve) => setTimeout(resolve, Date.parse(publishAt) - Date.now() + 200))
    await payload.jobs.run({ limit: 1000 })
    const published = await payload.findByID({ collection: 'expert-articles', id: draft.id, overrideAccess: false })
    expect(published._status).toBe('published')
    expect(published.publishAt).toBeNull()
    expect(published.publishedDate).toBeTruthy()
    // …and it is now found by the site's search.
    const results = await searchSite(
      payload,
      { id: parentalite.id, kind: siteKindOf(parentalite.slug) },
      { q: draft.title, page: 1 },
    )
    expect(results.hits.map((hit) => hit.url)).toContain(`/carte-blanche/${draft.slug}`)
  })

  it('does not publish a draft that was rescheduled meanwhile', async () => {
    const first = new Date(Date.now() + 1500).toISOString()
    const draft = await payload.create({
      collection: 'expert-articles',
      data: await articleData(payload, parentalite.id, { publishAt: first }),
      draft: true,
      ...asEditor(),
    })
    const later = new Date(Date.now() + 3_600_000).toISOString()
    await payload.update({
      collection: 'expert-articles',
      id: draft.id,
      data: { publishAt: later },
      draft: true,
      ...asEditor(),
    })
    await new Promise((resolve) => setTimeout(resolve, Date.parse(first) - Date.now() + 200))
    await payload.jobs.run({ limit: 1000 })
    expect(await publicCount(draft.id)).toBe(0)
  })

  it('refuses a schedule in the past, on the publishAt field, and stores nothing', async () => {
    const title = unique('Programmé hier')
    const attempt = payload.create({
      collection: 'expert-articles',
      data: await articleData(payload, parentalite.id, {
        title,
        publishAt: new Date(Date.now() - 60_000).toISOString(),
      }),
      draft: true,
      ...asEditor(),
    })
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'publishAt', message: SCHEDULE_PAST_MESSAGE }] },
    })
    expect(
      (await payload.count({ collection: 'expert-articles', where: { title: { equals: title } } })).totalDocs,
    ).toBe(0)
  })

  it('refuses to schedule a draft missing what publishing requires, naming each field', async () => {
    const attempt = payload.create({
      collection: 'expert-articles',
      data: {
        tenant: parentalite.id,
        title: unique('Incomplet'),
        publishAt: new Date(Date.now() + 3_600_000).toISOString(),
        _status: 'draft',
      } as never,
      draft: true,
      ...asEditor(),
    })
    await expect(attempt).rejects.toMatchObject({ status: 400 })
    const error = (await attempt.then(
      () => [],
      (e: { data: { errors: { path: string; message: string }[] } }) => e.data.errors,
    )) as { path: string; message: string }[]
    expect(error.map((e) => e.path)).toEqual(['expert.name', 'expert.role', 'excerpt', 'body', 'themes'])
    expect(error[0].message).toBe('Ce champ est requis pour programmer la publication.')
  })
})

describe('drafts and required fields', () => {
  it('refuses to publish an article without its summary, on that field', async () => {
    const data = await articleData(payload, parentalite.id, { _status: 'published' })
    const attempt = payload.create({ collection: 'expert-articles', data: { ...data, excerpt: '' }, ...asEditor() })
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'excerpt', message: 'Ce champ est requis.' }] },
    })
  })

  it('keeps drafts from visitors: Local API, REST, and the published version stays as it was', async () => {
    const draft = await payload.create({
      collection: 'expert-articles',
      data: await articleData(payload, parentalite.id),
      draft: true,
      ...asEditor(),
    })
    expect(await publicCount(draft.id)).toBe(0)
    expect((await rest('GET', `/expert-articles/${draft.id}`)).status).toBe(404)
    expect((await rest('GET', `/expert-articles/${draft.id}?draft=true`)).status).toBe(404)
    const list = await rest('GET', `/expert-articles?where[id][equals]=${draft.id}&draft=true`)
    expect(list.json.totalDocs).toBe(0)
    expect(await findPublished(payload, 'expert-articles', parentalite.id, draft.slug)).toBeNull()

    // Published, then edited as a draft: visitors keep reading the published text.
    await payload.update({ collection: 'expert-articles', id: draft.id, data: { _status: 'published' }, ...asEditor() })
    await payload.update({
      collection: 'expert-articles',
      id: draft.id,
      data: { title: 'Titre pas encore relu' },
      draft: true,
      ...asEditor(),
    })
    const seen = await findPublished(payload, 'expert-articles', parentalite.id, draft.slug)
    expect(seen?.title).toBe(draft.title)
    const viaRest = await rest('GET', `/expert-articles/${draft.id}?draft=true`)
    expect(viaRest.json.title).toBe(draft.title)
    // The editor sees the draft.
    const asEditorDraft = await payload.findByID({
      collection: 'expert-articles',
      id: draft.id,
      draft: true,
      ...asEditor(),
    })
    expect(asEditorDraft.title).toBe('Titre pas encore relu')
  })

  it('unpublishing removes the article from visitors and from the search', async () => {
    const article = await payload.create({
      collection: 'expert-articles',
      data: await articleData(payload, parentalite.id, {
        _status: 'published',
        title: unique('Cyberharcèlement au collège'),
      }),
      ...asEditor(),
    })
    const search = () =>
      searchSite(payload, { id: parentalite.id, kind: siteKindOf(parentalite.slug) }, { q: article.title, page: 1 })
    expect((await search()).hits.map((h) => h.url)).toContain(`/carte-blanche/${article.slug}`)
    await payload.update({ collection: 'expert-articles', id: article.id, data: { _status: 'draft' }, ...asEditor() })
    expect(await publicCount(article.id)).toBe(0)
    expect((await search()).hits.map((h) => h.url)).not.toContain(`/carte-blanche/${article.slug}`)
  })
})

describe('one site’s content stays on that site', () => {
  it('a parentalite article is not found on the projets site, nor by its search', async () => {
    const article = await payload.create({
      collection: 'expert-articles',
      data: await articleData(payload, parentalite.id, {
        _status: 'published',
        title: unique('Majorité numérique à 15 ans'),
      }),
      ...asEditor(),
    })
    expect((await findPublished(payload, 'expert-articles', parentalite.id, article.slug))?.id).toBe(article.id)
    expect(await findPublished(payload, 'expert-articles', projets.id, article.slug)).toBeNull()
    const onProjets = await searchSite(
      payload,
      { id: projets.id, kind: SITE_KINDS.projets },
      { q: article.title, page: 1 },
    )
    expect(onProjets.hits.map((h) => h.url)).not.toContain(`/carte-blanche/${article.slug}`)
  })
})

describe('search', () => {
  it('finds French words by their stem, without accents, and highlights them', async () => {
    const title = `Les jeux vidéo, les parents et l’École ${unique('x')}`
    await payload.create({
      collection: 'expert-articles',
      data: await articleData(payload, parentalite.id, { _status: 'published', title }),
      ...asEditor(),
    })
    const results = await searchSite(
      payload,
      { id: parentalite.id, kind: siteKindOf(parentalite.slug) },
      { q: 'parent video ecole', page: 1 },
    )
    // eslint-disable-next-line no-control-regex -- the search's highlight marks are \u0002 and \u0003
    const hit = results.hits.find((h) => h.title.replace(/[\u0002\u0003]/g, '') === title.replace('’', "'"))
    // "parent" finds "parents", "video" finds "vidéo", "ecole" finds "École".
    expect(hit?.title).toContain(
      `${HIGHLIGHT_START}vidéo${HIGHLIGHT_STOP}, les ${HIGHLIGHT_START}parents${HIGHLIGHT_STOP} et l'${HIGHLIGHT_START}École${HIGHLIGHT_STOP}`,
    )
    expect(hit?.excerpt).toContain(`${HIGHLIGHT_START}parents${HIGHLIGHT_STOP}`)
    expect(hit?.kind).toBe('expert-articles')
  })
})

describe('media uploads', () => {
  const media = async (file: ReturnType<typeof upload>, alt: string | undefined) =>
    payload.create({ collection: 'media', data: { tenant: parentalite.id, alt } as never, file, ...asEditor() })

  it('stores a PNG with its alternative text, resized', async () => {
    const doc = await media(upload(await pngBytes(), 'portrait.png', 'image/png'), 'Portrait de l’experte')
    expect(doc.mimeType).toBe('image/png')
    expect(doc.sizes?.card?.filename).toMatch(/\.webp$/)
  })

  it.each([
    [
      'an SVG',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'logo.svg',
      'image/svg+xml',
    ],
    [
      'HTML renamed as a PNG',
      Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
      'photo.png',
      'image/png',
    ],
  ])('refuses %s, on the file field', async (_name, bytes, name, mime) => {
    const before = (await payload.count({ collection: 'media' })).totalDocs
    await expect(media(upload(bytes, name, mime), 'Une image')).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          { path: 'file', message: 'Seules les images JPEG, PNG ou WebP sont acceptées (le SVG n’est pas accepté).' },
        ],
      },
    })
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('refuses an image without alternative text', async () => {
    await expect(media(upload(await pngBytes(), 'sans-alt.png', 'image/png'), '')).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'alt' }] },
    })
  })

  it('refuses an HTML file as a kit document', async () => {
    const html = Buffer.from('<html><body>piège</body></html>')
    await expect(
      payload.create({
        collection: 'documents',
        data: { tenant: parentalite.id, title: 'Guide' } as never,
        file: upload(html, 'guide.pdf', 'application/pdf'),
        ...asEditor(),
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'file' }] } })
  })
})

describe('editors: the content of both sites, and nothing else', () => {
  it('edit pages, news and articles of both sites', async () => {
    const page = await payload.create({
      collection: 'pages',
      data: { tenant: projets.id, title: unique('Page'), slug: unique('page'), _status: 'published' },
      ...asEditor(),
    })
    const news = await payload.create({
      collection: 'news',
      data: {
        tenant: parentalite.id,
        title: unique('Actualité'),
        slug: unique('actualite'),
        excerpt: 'Court.',
        body: await richText(payload, 'Une **actualité**.'),
        _status: 'published',
      },
      ...asEditor(),
    })
    expect(page.tenant).toMatchObject({ id: projets.id })
    expect(news._status).toBe('published')
  })

  it('cannot read, create or change donations, nor the money records', async () => {
    const project = await createProjectIn(payload, 'collecting')
    const gift = await givePaid(payload, project.id, 5_000)
    // Like any account, an editor reads only gifts made from it: none here.
    const list = await payload.find({ collection: 'donations', ...asEditor(), limit: 0 })
    expect(list.totalDocs).toBe(0)
    await expect(payload.findByID({ collection: 'donations', id: gift, ...asEditor() })).rejects.toThrow('Pas trouvé')
    await expect(
      payload.update({ collection: 'donations', id: gift, data: { status: 'refunded' }, ...asEditor() }),
    ).rejects.toThrow('Vous n’êtes pas autorisé')
    await expect(payload.delete({ collection: 'donations', id: gift, ...asEditor() })).rejects.toThrow(
      'Vous n’êtes pas autorisé',
    )
    expect((await payload.findByID({ collection: 'donations', id: gift })).status).toBe('paid')
    const token = await tokenFor(payload, editor.email)
    expect((await rest('POST', '/donations', { token, body: { amountCents: 1000 } })).status).toBe(403)
    expect((await rest('GET', '/ledger-entries', { token })).status).toBe(403)
    expect((await rest('GET', '/payouts', { token })).status).toBe(403)
  })

  it('cannot list, create or change other users, nor give themself a role', async () => {
    const other = await createUser(payload, ['teacher'])
    // Staff read their colleagues' names and roles (the admin's relations), never a teacher's account nor a colleague's e-mail.
    const list = await payload.find({ collection: 'users', ...asEditor(), limit: 0 })
    expect(list.docs.map((u) => u.id)).toContain(editor.id)
    expect(list.docs.map((u) => u.id)).not.toContain(other.id)
    expect(list.docs.filter((u) => u.id !== editor.id).every((u) => u.email === undefined)).toBe(true)
    await expect(payload.findByID({ collection: 'users', id: other.id, ...asEditor() })).rejects.toThrow('Pas trouvé')
    await expect(
      payload.update({ collection: 'users', id: other.id, data: { firstName: 'Piraté' }, ...asEditor() }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'users',
        data: { email: `${unique('x')}@test.example`, password: 'mot-de-passe-tres-long', roles: ['admin'] },
        ...asEditor(),
      }),
    ).rejects.toThrow('Vous n’êtes pas autorisé')
    await payload.update({ collection: 'users', id: editor.id, data: { roles: ['admin'] }, ...asEditor() })
    expect((await payload.findByID({ collection: 'users', id: editor.id })).roles).toEqual(['editor'])
  })

  it('cannot touch TNE operations (partners, territories)', async () => {
    // Editors read only what the public reads: listed partners, without their private fields (issue 6).
    const partners = await payload.find({ collection: 'partners', ...asEditor(), limit: 100 })
    expect(partners.docs.every((p) => p.publicListing && !p.siret && !p.address)).toBe(true)
    await expect(
      payload.create({
        collection: 'partners',
        data: { name: unique('Partenaire'), kind: 'association', territory: 1 } as never,
        ...asEditor(),
      }),
    ).rejects.toThrow('Vous n’êtes pas autorisé')
    const territory = (await payload.find({ collection: 'territories', limit: 1 })).docs[0]
    await expect(
      payload.update({ collection: 'territories', id: territory.id, data: { summary: 'Détourné' }, ...asEditor() }),
    ).rejects.toThrow()
  })

  it('cannot write the search index (plugin-search keeps it), which visitors may read', async () => {
    await expect(
      payload.create({ collection: 'search', data: { title: 'Faux résultat' } as never, ...asEditor() }),
    ).rejects.toThrow('Vous n’êtes pas autorisé')
  })
})

describe('pages: nesting, blocks and redirects', () => {
  it('a child page’s URL is its parent’s path and its own slug', async () => {
    const parent = await payload.create({
      collection: 'pages',
      data: { tenant: parentalite.id, title: 'Aide', slug: unique('aide'), _status: 'published' },
      ...asEditor(),
    })
    const child = await payload.create({
      collection: 'pages',
      data: {
        tenant: parentalite.id,
        title: 'Guides',
        slug: unique('guides'),
        parent: parent.id,
        _status: 'published',
      },
      ...asEditor(),
    })
    expect(child.breadcrumbs?.map((crumb) => crumb.url)).toEqual([`/${parent.slug}`, `/${parent.slug}/${child.slug}`])
    const results = await searchSite(
      payload,
      { id: parentalite.id, kind: siteKindOf(parentalite.slug) },
      { q: 'guides', page: 1 },
    )
    expect(results.hits.map((hit) => hit.url)).toContain(`/${parent.slug}/${child.slug}`)
  })

  it('refuses a block link that is neither a path of the site nor https, on its field', async () => {
    const attempt = payload.create({
      collection: 'pages',
      data: {
        tenant: parentalite.id,
        title: unique('Page'),
        slug: unique('page'),
        _status: 'published',
        layout: [
          { blockType: 'callToAction', heading: 'Venez', link: { label: 'Cliquez', url: 'javascript:alert(1)' } },
        ],
      },
      ...asEditor(),
    })
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          { path: 'layout.0.link.url', message: 'Indiquez un chemin du site (/contact) ou une adresse https://.' },
        ],
      },
    })
  })

  it('a redirect applies on its own site only', async () => {
    const from = `/${unique('ancienne-page')}`
    await payload.create({
      collection: 'redirects',
      data: { tenant: parentalite.id, from, to: { type: 'custom', url: '/ressources' }, type: '301' },
      ...asEditor(),
    })
    expect(await findRedirect(payload, parentalite.id, from)).toEqual({ to: '/ressources', permanent: true })
    expect(await findRedirect(payload, projets.id, from)).toBeNull()
  })

  it('refuses a redirect whose old path does not start with /', async () => {
    await expect(
      payload.create({
        collection: 'redirects',
        data: {
          tenant: parentalite.id,
          from: 'https://ailleurs.example/x',
          to: { type: 'custom', url: '/' },
          type: '301',
        },
        ...asEditor(),
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'from' }] } })
  })
})
