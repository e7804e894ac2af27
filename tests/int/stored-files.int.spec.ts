import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Media, ProjectPicture } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'
import { uploadDir } from '@/services/media/stored-file'

import { type Actor, upload } from '../helpers/content'
import { createProjectIn, createSchool, createSite, createUser, idOf, testPayload, unique } from '../helpers/factories'
import { restResponse, tokenFor } from '../helpers/rest'
import { pdfBytes } from '../helpers/tne'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

/** A 1400×900 picture of one colour: two of them give derived sizes of the same dimensions. */
const picture = (format: 'jpeg' | 'png' | 'webp', background: string) =>
  sharp({ create: { width: 1400, height: 900, channels: 3, background } })
    .toFormat(format)
    .toBuffer()

/** Every name a document's files are stored under: the original and each derived size. */
const storedNames = (doc: Pick<Media | ProjectPicture, 'filename' | 'sizes'>) =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string =>
    Boolean(name),
  )

/** What a user downloads at each of those names. */
async function downloads(
  collection: string,
  names: string[],
  token?: string,
): Promise<Map<string, { status: number; bytes: Buffer }>> {
  const result = new Map<string, { status: number; bytes: Buffer }>()
  for (const name of names) {
    const response = await restResponse('GET', `/${collection}/file/${encodeURIComponent(name)}`, { token })
    result.set(name, { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) })
  }
  return result
}

const form = (bytes: Buffer, name: string, type: string, data: Record<string, unknown>) => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  body.append('_payload', JSON.stringify(data))
  return body
}

async function teacherWithProject(): Promise<{ teacher: Actor; token: string; projectId: number }> {
  const school = await createSchool(payload)
  const project = await createProjectIn(payload, 'draft', {
    establishment: school.establishment,
    structure: school.structure,
  })
  const teacher = {
    ...(await payload.findByID({ collection: 'users', id: project.owner as number, depth: 0 })),
    collection: 'users' as const,
  }
  return { teacher, token: await tokenFor(payload, teacher.email), projectId: project.id }
}

async function postPicture(
  token: string,
  projectId: number,
  bytes: Buffer,
  name: string,
  type: string,
): Promise<ProjectPicture> {
  const response = await restResponse('POST', '/project-pictures', {
    token,
    body: form(bytes, name, type, { alt: 'La classe sur la plage', project: projectId }),
  })
  const json = (await response.json()) as { doc?: ProjectPicture; errors?: unknown }
  if (response.status !== 201 || !json.doc)
    throw new Error(`upload refused: ${response.status} ${JSON.stringify(json.errors)}`)
  return json.doc
}

describe('colliding upload names (abuse)', () => {
  it('a teacher’s picture named like another project’s neither replaces nor deletes that project’s files', async () => {
    const a = await teacherWithProject()
    const b = await teacherWithProject()
    const pictureA = await postPicture(
      a.token,
      a.projectId,
      await picture('jpeg', '#c0392b'),
      'classe-de-mer.jpg',
      'image/jpeg',
    )
    const namesA = storedNames(pictureA)
    expect(namesA).toHaveLength(3)
    const before = await downloads('project-pictures', namesA, a.token)
    for (const file of before.values()) expect(file.status).toBe(200)

    // Teacher B, on another project, uploads a picture with the same stem.
    const pictureB = await postPicture(
      b.token,
      b.projectId,
      await picture('png', '#2471a3'),
      'classe-de-mer.png',
      'image/png',
    )
    expect(storedNames(pictureB).filter((name) => namesA.includes(name))).toEqual([])
    const afterUpload = await downloads('project-pictures', namesA, a.token)
    for (const name of namesA) expect(afterUpload.get(name)).toEqual(before.get(name))

    // Teacher B deletes theirs: A's files stay.
    expect((await restResponse('DELETE', `/project-pictures/${pictureB.id}`, { token: b.token })).status).toBe(200)
    const afterDelete = await downloads('project-pictures', namesA, a.token)
    for (const name of namesA) expect(afterDelete.get(name)).toEqual(before.get(name))
  })

  it('two sites’ images of the same name, or named like the other’s derived size, stay apart (media)', async () => {
    const editorA = await createUser(payload, ['editor'])
    const editorB = await createUser(payload, ['editor'])
    const [siteA, siteB] = [await createSite(payload), await createSite(payload)]
    const imageA = await payload.create({
      collection: 'media',
      data: { tenant: siteA.id, alt: 'Affiche A' },
      file: upload(await picture('jpeg', '#1e8449'), 'affiche.jpg', 'image/jpeg'),
      user: editorA,
      overrideAccess: false,
    })
    const namesA = storedNames(imageA)
    const before = await downloads('media', namesA)

    const imageB = await payload.create({
      collection: 'media',
      data: { tenant: siteB.id, alt: 'Affiche B' },
      file: upload(await picture('png', '#7d3c98'), 'affiche.png', 'image/png'),
      user: editorB,
      overrideAccess: false,
    })
    const cardOfA = imageA.sizes!.card!.filename!
    const imageC = await payload.create({
      collection: 'media',
      data: { tenant: siteB.id, alt: 'Affiche C' },
      file: upload(await picture('webp', '#f1c40f'), cardOfA, 'image/webp'),
      user: editorB,
      overrideAccess: false,
    })
    for (const other of [imageB, imageC]) expect(storedNames(other).filter((name) => namesA.includes(name))).toEqual([])
    expect(await downloads('media', namesA)).toEqual(before)

    await payload.delete({ collection: 'media', id: imageB.id, user: editorB, overrideAccess: false })
    await payload.delete({ collection: 'media', id: imageC.id, user: editorB, overrideAccess: false })
    expect(await downloads('media', namesA)).toEqual(before)
  })
})

describe('stored under the type read from the bytes, under a name the server makes', () => {
  const polyglot = async () =>
    Buffer.concat([
      await picture('png', '#000000'),
      Buffer.from('<html><script>alert(document.cookie)</script></html>'),
    ])

  it.each([
    ['an HTML name', 'photo.html', 'text/html'],
    ['an SVG name', 'photo.svg', 'image/svg+xml'],
    ['no extension', 'photo', 'application/octet-stream'],
  ])('a PNG with %s is stored and served as a PNG, its given name kept for display', async (_case, name, claimed) => {
    const { token, projectId } = await teacherWithProject()
    const doc = await postPicture(token, projectId, await polyglot(), name, claimed)
    expect(doc.filename).toMatch(/^[0-9a-f-]{36}\.png$/)
    expect(doc.mimeType).toBe('image/png')
    expect(doc.originalFilename).toBe(name)
    expect(doc.sizes?.card?.filename).toBe(`${doc.filename!.slice(0, -4)}-640x400.webp`)
    const response = await restResponse('GET', `/project-pictures/file/${doc.filename}`, { token })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('a kit’s PDF sent as HTML is stored as a PDF, with the PDF type (documents)', async () => {
    const editor = await createUser(payload, ['editor'])
    const site = await createSite(payload)
    const doc = await payload.create({
      collection: 'documents',
      data: { tenant: site.id, title: 'Guide' },
      file: upload(pdfBytes(), 'guide.html', 'text/html'),
      user: editor,
      overrideAccess: false,
    })
    expect(doc).toMatchObject({ mimeType: 'application/pdf', originalFilename: 'guide.html' })
    expect(doc.filename).toMatch(/^[0-9a-f-]{36}\.pdf$/)
    const response = await restResponse('GET', `/documents/file/${doc.filename}`)
    expect(response.headers.get('content-type')).toBe('application/pdf')
  })

  it('a signed convention and a signature image get server names too', async () => {
    const aisne = await idOf(payload, 'territories', 'slug', 'aisne')
    const convention = await payload.create({
      collection: 'convention-files',
      data: { territory: aisne },
      file: upload(pdfBytes(), 'convention signée.html', 'text/html'),
      depth: 0,
    })
    expect(convention.filename).toMatch(/^[0-9a-f-]{36}\.pdf$/)
    expect(convention).toMatchObject({ mimeType: 'application/pdf', originalFilename: 'convention signée.html' })
    const { structure } = await createSchool(payload)
    const signature = await payload.create({
      collection: 'structure-signatures',
      data: { structure },
      file: upload(await picture('jpeg', '#ffffff'), 'signature.svg', 'image/svg+xml'),
      depth: 0,
    })
    expect(signature.filename).toMatch(/^[0-9a-f-]{36}\.jpg$/)
    expect(signature.mimeType).toBe('image/jpeg')
  })

  it('refuses a file given by its address instead of its bytes, fetching nothing', async () => {
    const { token, projectId } = await teacherWithProject()
    const before = (await payload.count({ collection: 'project-pictures' })).totalDocs
    const response = await restResponse('POST', '/project-pictures', {
      token,
      body: { alt: 'Une image', project: projectId, filename: 'x.html', url: 'http://127.0.0.1:9/x.png' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('Choisissez un fichier')
    expect((await payload.count({ collection: 'project-pictures' })).totalDocs).toBe(before)
  })

  it('replaces a file under a new name and removes the old files', async () => {
    const { token, projectId } = await teacherWithProject()
    const first = await postPicture(token, projectId, await picture('jpeg', '#117a65'), 'phare.jpg', 'image/jpeg')
    const response = await restResponse('PATCH', `/project-pictures/${first.id}`, {
      token,
      body: form(await picture('png', '#884ea0'), 'phare.png', 'image/png', {}),
    })
    expect(response.status).toBe(200)
    const { doc } = (await response.json()) as { doc: ProjectPicture }
    expect(doc).toMatchObject({ mimeType: 'image/png', originalFilename: 'phare.png' })
    expect(storedNames(doc).filter((name) => storedNames(first).includes(name))).toEqual([])
    for (const name of storedNames(first))
      expect(fs.existsSync(path.join(uploadDir('project-pictures'), name)), name).toBe(false)
    for (const name of storedNames(doc))
      expect(fs.existsSync(path.join(uploadDir('project-pictures'), name)), name).toBe(true)
  })
})

describe('names and copies only the server makes', () => {
  it('keeps the given name out of the caller’s hands, refuses copies and files replaced in bulk', async () => {
    const { token, projectId } = await teacherWithProject()
    const doc = await postPicture(token, projectId, await picture('jpeg', '#5d6d7e'), 'phare.jpg', 'image/jpeg')
    const renamed = await restResponse('PATCH', `/project-pictures/${doc.id}`, {
      token,
      body: { alt: 'Le phare', originalFilename: 'autre.html', filename: 'autre.html' },
    })
    expect(renamed.status).toBe(200)
    expect((await renamed.json()).doc).toMatchObject({
      alt: 'Le phare',
      originalFilename: 'phare.jpg',
      filename: doc.filename,
    })

    const count = async () => (await payload.count({ collection: 'project-pictures' })).totalDocs
    const before = await count()
    const copy = await restResponse('POST', `/project-pictures/${doc.id}/duplicate`, { token, body: {} })
    expect([400, 403, 404]).toContain(copy.status)
    const bulk = await restResponse('PATCH', `/project-pictures?where[id][equals]=${doc.id}`, {
      token,
      body: form(await picture('png', '#17202a'), 'x.png', 'image/png', {}),
    })
    expect(bulk.status).toBe(400)
    expect(JSON.stringify(await bulk.json())).toContain('un par un')
    expect(await count()).toBe(before)
    expect((await payload.findByID({ collection: 'project-pictures', id: doc.id, depth: 0 })).filename).toBe(
      doc.filename,
    )
  })
})

describe('file addresses with junk in them', () => {
  const junk = [
    ['a NUL byte', '%00'],
    ['a NUL byte inside a name', 'photo%00.png'],
    ['a line break', 'photo%0A.png'],
    ['an encoded parent folder', '..%2F..%2Fpackage.json'],
    ['a backslash', '..%5C..%5Cpackage.json'],
    ['a 300-character name', `${'a'.repeat(296)}.png`],
    ['a 5,000-character name', `${'a'.repeat(4996)}.png`],
    ['a name that is not stored', `${unique('absente')}.png`],
  ] as const

  it.each(['media', 'project-pictures', 'documents', 'convention-files', 'structure-signatures', 'receipt-files'])(
    'answers 400, 403 or 404 without details on %s, never 500',
    async (collection) => {
      const admin = await createUser(payload, ['admin'])
      for (const token of [undefined, await tokenFor(payload, admin.email)]) {
        for (const [what, name] of [...junk, ['a NUL byte in the prefix', `photo.png?prefix=%00`]]) {
          const response = await restResponse('GET', `/${collection}/file/${name}`, { token })
          const body = await response.text()
          expect([400, 403, 404], `${collection}, ${what}: ${response.status} ${body.slice(0, 200)}`).toContain(
            response.status,
          )
          expect(body).not.toMatch(/\bat \S+ \(|node_modules|Error:/)
        }
      }
    },
  )
})

describe('file addresses served from memory (the API guard’s lookup)', () => {
  it('asks the database once for a public file served many times, and forgets a deleted document’s names at once', async () => {
    const editor = await createUser(payload, ['editor'])
    const site = await createSite(payload)
    const doc = await payload.create({
      collection: 'media',
      data: { tenant: site.id, alt: 'Un logo' },
      file: upload(await picture('png', '#1a5276'), 'logo.png', 'image/png'),
      user: editor,
      overrideAccess: false,
    })
    const names = storedNames(doc)
    const findOne = vi.spyOn(payload.db, 'findOne')
    try {
      for (let i = 0; i < 5; i++) {
        for (const status of (await downloads('media', names)).values()) expect(status.status).toBe(200)
      }
      // The guard's lookups: by file name (deleting a document reads it by id).
      const lookups = () =>
        findOne.mock.calls.filter(
          ([args]) => args.collection === 'media' && JSON.stringify(args.where).includes('filename'),
        ).length
      // One lookup per name, for five rounds of every size.
      expect(lookups()).toBe(names.length)

      await payload.delete({ collection: 'media', id: doc.id, user: editor, overrideAccess: false })
      for (const status of (await downloads('media', names)).values()) expect(status.status).toBe(404)
      expect(lookups()).toBe(2 * names.length)
    } finally {
      findOne.mockRestore()
    }
  })

  it('still answers 404 for a file on disk that no document owns, however often it is asked', async () => {
    const orphan = `${unique('orpheline')}.png`
    fs.mkdirSync(uploadDir('media'), { recursive: true })
    fs.writeFileSync(path.join(uploadDir('media'), orphan), await picture('png', '#000000'))
    try {
      for (let i = 0; i < 3; i++) expect((await downloads('media', [orphan])).get(orphan)?.status).toBe(404)
    } finally {
      fs.rmSync(path.join(uploadDir('media'), orphan), { force: true })
    }
  })
})
