import { NextRequest } from 'next/server'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseCatalogueQuery } from '@/domain/projects/catalogue-query'
import type { Project } from '@/payload-types'
import { proxy } from '@/proxy'
import { closePayload } from '@/services/db/close-payload'
import { searchCatalogue } from '@/services/projects/catalogue'

import { createUser, idOf, testPayload, unique } from '../helpers/factories'

let payload: Payload
const marker = unique('catalogue').replace(/-/g, '')
let establishments: { rural: number; lycee: number }

async function project(status: Project['status'], data: Partial<Project>): Promise<Project> {
  const owner = await createUser(payload, ['teacher'])
  return payload.create({
    collection: 'projects',
    data: {
      owner: owner.id,
      status,
      minimumGoalCents: 100_000,
      optimumGoalCents: 150_000,
      collectedCents: 0,
      startDate: '2027-01-01',
      endDate: '2027-02-01',
      establishment: establishments.rural,
      level: 'ecole',
      ...data,
    } as Project,
    depth: 0,
    context: { projectTransition: true },
  })
}

const titles = async (params: Record<string, string>) =>
  (await searchCatalogue(payload, parseCatalogueQuery({ q: marker, ...params }))).items.map((i) => i.title)

beforeAll(async () => {
  payload = await testPayload()
  const finistere = await idOf(payload, 'departments', 'code', '29')
  const rhone = await idOf(payload, 'departments', 'code', '69')
  const rural = await payload.create({
    collection: 'establishments',
    data: {
      uai: `029${String(Date.now()).slice(-4)}Q`,
      name: 'École des Abers',
      kind: 'ecole_primaire',
      sector: 'public',
      priorityEducation: 'none',
      commune: 'Lannilis',
      department: finistere,
    },
  })
  const lycee = await payload.create({
    collection: 'establishments',
    data: {
      uai: `069${String(Date.now()).slice(-4)}R`,
      name: 'Lycée du Parc',
      kind: 'lycee_gt',
      sector: 'public',
      priorityEducation: 'none',
      commune: 'Lyon',
      department: rhone,
    },
  })
  establishments = { rural: rural.id, lycee: lycee.id }
  const sciences = (await payload.find({ collection: 'themes', where: { slug: { equals: 'sciences' } } })).docs[0].id
  await project('collecting', {
    title: `Classe de mer ${marker}`,
    summary: 'Découvrir les écosystèmes marins',
    endDate: '2027-02-10',
    themes: [sciences],
    courteEchelle: true,
    collectedCents: 80_000,
  })
  await project('collecting', {
    title: `Théâtre ${marker}`,
    summary: 'Une création théâtrale',
    endDate: '2027-02-05',
    establishment: lycee.id,
    level: 'lycee',
  })
  await project('collecting', {
    title: `Écosystème forestier ${marker}`,
    summary: 'Observer la forêt',
    endDate: '2027-02-20',
    collectedCents: 20_000,
  })
  await project('draft', { title: `Brouillon marin ${marker}` })
  await project('scheduled', { title: `Programmé marin ${marker}` })
})

afterAll(async () => {
  await closePayload(payload)
})

describe('the public catalogue', () => {
  it('lists collecting projects only, ending soonest first', async () => {
    expect(await titles({})).toEqual([`Théâtre ${marker}`, `Classe de mer ${marker}`, `Écosystème forestier ${marker}`])
  })

  it('searches in French: stems and accents', async () => {
    // "écosystèmes" in a summary and "Écosystème" in a title both match "ecosysteme".
    expect(await titles({ q: `${marker} ecosysteme` })).toEqual([
      `Classe de mer ${marker}`,
      `Écosystème forestier ${marker}`,
    ])
  })

  it.each([
    ['level', { niveau: 'lycee' }, [`Théâtre ${marker}`]],
    ['académie (Lyon is 10)', { academie: '10' }, [`Théâtre ${marker}`]],
    ['département', { departement: '29' }, [`Classe de mer ${marker}`, `Écosystème forestier ${marker}`]],
    ['theme', { theme: 'sciences' }, [`Classe de mer ${marker}`]],
    ['Courte Échelle', { courteEchelle: '1' }, [`Classe de mer ${marker}`]],
    ['close to the minimum (70 % or more)', { procheMinimum: '1' }, [`Classe de mer ${marker}`]],
    [
      'closest to goal first',
      { tri: 'objectif' },
      [`Classe de mer ${marker}`, `Écosystème forestier ${marker}`, `Théâtre ${marker}`],
    ],
  ])('filters by %s', async (_label, params, expected) => {
    expect(await titles(params)).toEqual(expected)
  })

  it('treats hostile input as plain search text', async () => {
    const page = await searchCatalogue(payload, parseCatalogueQuery({ q: "'); DROP TABLE projects; --" }))
    expect(page.total).toBe(0)
    expect((await payload.count({ collection: 'projects' })).totalDocs).toBeGreaterThan(0)
  })
})

describe('the proxy: where a catalogue query is rendered', () => {
  const rewrite = async (search: string) =>
    (
      await proxy(new NextRequest(`http://localhost:3000/projets${search}`, { headers: { host: 'localhost:3000' } }))
    ).headers
      .get('x-middleware-rewrite')
      ?.replace(/^https?:\/\/[^/]+/, '')

  it('renders a query on demand the first time, and from the page cache (ISR) when it is asked again, in any spelling', async () => {
    const q = unique('mer')
    expect(await rewrite(`?q=${q}&niveau=ecole`)).toBe(
      `/localhost/projets/recherche-a-la-demande/${encodeURIComponent(`q=${q}&niveau=ecole`)}`,
    )
    // The same query, its parameters in another order and with an empty one: one canonical query.
    expect(await rewrite(`?niveau=ecole&theme=&q=${q}`)).toBe(
      `/localhost/projets/recherche/${encodeURIComponent(`q=${q}&niveau=ecole`)}`,
    )
    // Another page of it is another query.
    expect(await rewrite(`?q=${q}&niveau=ecole&page=2`)).toContain('/projets/recherche-a-la-demande/')
  })

  it('serves the unfiltered catalogue from its own cached page, whatever the empty parameters', async () => {
    expect(await rewrite('')).toBe('/localhost/projets')
    expect(await rewrite('?q=&niveau=')).toBe('/localhost/projets')
  })
})
