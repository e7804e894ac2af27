import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Project } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'

import { createUser, testPayload, unique } from '../helpers/factories'
import { restResponse, tokenFor } from '../helpers/rest'

let payload: Payload
const marker = unique('export')
let mine: number
let theirs: number

async function project(structure: number, title: string, status: Project['status'], collectedCents: number) {
  return payload.create({
    collection: 'projects',
    data: {
      title: `${title} ${marker}`,
      structure,
      status,
      minimumGoalCents: 95_650,
      optimumGoalCents: 150_000,
      collectedCents,
      endDate: '2027-02-12',
    } as Project,
    depth: 0,
    context: { projectTransition: true },
  })
}

beforeAll(async () => {
  payload = await testPayload()
  mine = (
    await payload.create({ collection: 'structures', data: { name: unique('OCCE 95'), kind: 'school_cooperative' } })
  ).id
  theirs = (
    await payload.create({ collection: 'structures', data: { name: unique('OCCE 13'), kind: 'school_cooperative' } })
  ).id
  await project(mine, 'Chorale', 'collecting', 12_345)
  await project(mine, 'Potager', 'draft', 0)
  await project(theirs, 'Calanques', 'collecting', 50_000)
})

afterAll(async () => {
  await closePayload(payload)
})

const filter = `where[title][like]=${marker}`

describe('GET /api/projects/export', () => {
  it('gives a structure manager the CSV of their structures’ projects only, with the filters', async () => {
    const manager = await createUser(payload, ['structure-manager'], { structures: [mine] })
    const response = await restResponse('GET', `/projects/export?format=csv&${filter}`, {
      token: await tokenFor(payload, manager.email),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    expect(lines[0]).toBe(
      'Projet;Établissement;UAI;Structure bénéficiaire;Statut;Début de collecte;Fin de collecte;Objectif minimum (€);Objectif optimum (€);Collecté (€);Donateurs',
    )
    expect(
      lines
        .slice(1)
        .map((l) => l.split(';')[0])
        .sort(),
    ).toEqual([`Chorale ${marker}`, `Potager ${marker}`])
    expect(lines.find((l) => l.startsWith('Chorale'))).toContain(';Collecte en cours;;2027-02-12;956,5;1500;123,45;0')
  })

  it('gives a moderator every project as XLSX, filtered by status', async () => {
    const moderator = await createUser(payload, ['moderator'])
    const response = await restResponse(
      'GET',
      `/projects/export?format=xlsx&${filter}&where[status][equals]=collecting`,
      { token: await tokenFor(payload, moderator.email) },
    )
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer)
    const sheet = workbook.getWorksheet('Projets')!
    const titles = sheet.getColumn(1).values.slice(2).map(String).sort()
    expect(titles).toEqual([`Calanques ${marker}`, `Chorale ${marker}`])
    expect(sheet.getRow(2).getCell(10).value).toEqual(expect.any(Number))
  })

  it('refuses teachers (403), anonymous visitors (401) and unknown formats (400)', async () => {
    const teacher = await createUser(payload, ['teacher'])
    expect(
      (await restResponse('GET', '/projects/export', { token: await tokenFor(payload, teacher.email) })).status,
    ).toBe(403)
    expect((await restResponse('GET', '/projects/export')).status).toBe(401)
    const moderator = await createUser(payload, ['moderator'])
    expect(
      (await restResponse('GET', '/projects/export?format=pdf', { token: await tokenFor(payload, moderator.email) }))
        .status,
    ).toBe(400)
  })
})
