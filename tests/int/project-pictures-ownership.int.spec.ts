import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Project, ProjectPicture } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'

import { createProjectIn, createSchool, createUser, testPayload } from '../helpers/factories'
import { rest, restResponse, tokenFor } from '../helpers/rest'

/**
 * Issue 16 (the whole class of "overwrite another project's pictures"): a project's cover and
 * gallery hold only pictures uploaded for that project, and a picture can only be uploaded for (or
 * moved to) a project its uploader owns — on every path, here REST as a teacher would forge it.
 */
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

const png = (background: string) =>
  sharp({ create: { width: 800, height: 500, channels: 3, background } })
    .png()
    .toBuffer()

async function ownProject(coOwners: number[] = []): Promise<{ project: Project; token: string }> {
  const school = await createSchool(payload)
  const project = await createProjectIn(payload, 'draft', {
    establishment: school.establishment,
    structure: school.structure,
    coOwners,
  })
  const owner = await payload.findByID({ collection: 'users', id: project.owner as number, depth: 0 })
  return { project, token: await tokenFor(payload, owner.email) }
}

async function upload(
  token: string,
  data: Record<string, unknown>,
): Promise<{
  status: number
  doc?: ProjectPicture
  errors?: { data?: { errors?: { path: string; message: string }[] } }[]
}> {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(await png('#2e86c1'))], { type: 'image/png' }), 'classe-de-mer.png')
  body.append('_payload', JSON.stringify({ alt: 'La classe sur la plage', ...data }))
  const response = await restResponse('POST', '/project-pictures', { token, body })
  const json = (await response.json()) as {
    doc?: ProjectPicture
    errors?: { data?: { errors?: { path: string; message: string }[] } }[]
  }
  return { status: response.status, ...json }
}

const refusedPaths = (json: { errors?: { data?: unknown }[] }) =>
  (json.errors ?? []).flatMap((e) =>
    ((e.data as { errors?: { path: string }[] } | undefined)?.errors ?? []).map((f) => f.path),
  )

describe('a project’s pictures belong to that project', () => {
  let victim: { project: Project; token: string }
  let attacker: { project: Project; token: string }
  let victimPicture: ProjectPicture
  let attackerPicture: ProjectPicture

  beforeAll(async () => {
    victim = await ownProject()
    attacker = await ownProject()
    victimPicture = (await upload(victim.token, { project: victim.project.id })).doc!
    attackerPicture = (await upload(attacker.token, { project: attacker.project.id })).doc!
    expect(victimPicture.id).toBeGreaterThan(0)
    expect(attackerPicture.id).toBeGreaterThan(0)
  })

  it('refuses another project’s picture as the cover or in the gallery of one’s own project', async () => {
    const cover = await rest('PATCH', `/projects/${attacker.project.id}`, {
      token: attacker.token,
      body: { cover: victimPicture.id },
    })
    expect(cover.status).toBe(400)
    expect(refusedPaths(cover.json)).toEqual(['cover'])
    const gallery = await rest('PATCH', `/projects/${attacker.project.id}`, {
      token: attacker.token,
      body: { gallery: [attackerPicture.id, victimPicture.id] },
    })
    expect(gallery.status).toBe(400)
    expect(refusedPaths(gallery.json)).toEqual(['gallery'])
    const saved = await payload.findByID({ collection: 'projects', id: attacker.project.id, depth: 0 })
    expect(saved.cover ?? null).toBeNull()
    expect(saved.gallery ?? []).toEqual([])
  })

  it('refuses a picture uploaded for another teacher’s project, or moved to it', async () => {
    const before = (
      await payload.count({ collection: 'project-pictures', where: { project: { equals: victim.project.id } } })
    ).totalDocs
    const uploaded = await upload(attacker.token, { project: victim.project.id })
    expect(uploaded.status).toBe(400)
    expect(refusedPaths(uploaded)).toEqual(['project'])
    const moved = await rest('PATCH', `/project-pictures/${attackerPicture.id}`, {
      token: attacker.token,
      body: { project: victim.project.id },
    })
    expect(moved.status).toBe(400)
    expect(refusedPaths(moved.json)).toEqual(['project'])
    expect(
      (await payload.count({ collection: 'project-pictures', where: { project: { equals: victim.project.id } } }))
        .totalDocs,
    ).toBe(before)
    expect((await payload.findByID({ collection: 'project-pictures', id: attackerPicture.id, depth: 0 })).project).toBe(
      attacker.project.id,
    )
  })

  it('accepts the project’s own pictures, a co-owner’s included; staff may use any', async () => {
    const coOwner = await createUser(payload, ['teacher'])
    const shared = await ownProject([coOwner.id])
    const coOwnerToken = await tokenFor(payload, coOwner.email)
    const byCoOwner = (await upload(coOwnerToken, { project: shared.project.id })).doc!
    const byOwner = (await upload(shared.token, { project: shared.project.id })).doc!
    const saved = await rest('PATCH', `/projects/${shared.project.id}?depth=0`, {
      token: shared.token,
      body: { cover: byOwner.id, gallery: [byCoOwner.id] },
    })
    expect(saved.status).toBe(200)
    expect((saved.json.doc as Project).gallery).toEqual([byCoOwner.id])

    const moderator = await createUser(payload, ['moderator'])
    const staff = await rest('PATCH', `/projects/${attacker.project.id}?depth=0`, {
      token: await tokenFor(payload, moderator.email),
      body: { cover: attackerPicture.id },
    })
    expect(staff.status).toBe(200)
  })
})
