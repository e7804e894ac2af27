import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ProjectPicture } from '@/payload-types'

import { startFakeS3 } from '../helpers/fake-s3'

/**
 * The same guarantees with files in S3 (`S3_BUCKET`), against a minimal S3 endpoint on 127.0.0.1
 * (tests/helpers/fake-s3.ts): Payload's real S3 adapter writes, serves and deletes the objects.
 */
const BUCKET = 'portail-test'
const s3 = await startFakeS3(BUCKET)
const S3_ENV = {
  S3_BUCKET: BUCKET,
  S3_ENDPOINT: s3.url,
  S3_FORCE_PATH_STYLE: 'true',
  S3_ACCESS_KEY_ID: 'test',
  S3_SECRET_ACCESS_KEY: 'test',
  S3_REGION: 'fr-par',
}
Object.assign(process.env, S3_ENV)

// The project's modules read the environment when first loaded: only now.
const { closePayload } = await import('@/services/db/close-payload')
const { upload } = await import('../helpers/content')
const { createProjectIn, createSchool, createSite, createUser, testPayload } = await import('../helpers/factories')
const { restResponse, tokenFor } = await import('../helpers/rest')
const { pdfBytes } = await import('../helpers/tne')

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(async () => {
  await closePayload(payload)
  await s3.close()
  for (const name of Object.keys(S3_ENV)) delete process.env[name]
})

const picture = (format: 'jpeg' | 'png', background: string) =>
  sharp({ create: { width: 1400, height: 900, channels: 3, background } })
    .toFormat(format)
    .toBuffer()
const keysOf = (collection: string, doc: Pick<ProjectPicture, 'filename' | 'sizes'>) =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]
    .filter(Boolean)
    .map((name) => `${collection}/${name}`)

async function postPicture(bytes: Buffer, name: string, type: string): Promise<{ doc: ProjectPicture; token: string }> {
  const school = await createSchool(payload)
  const project = await createProjectIn(payload, 'draft', {
    establishment: school.establishment,
    structure: school.structure,
  })
  const owner = await payload.findByID({ collection: 'users', id: project.owner as number, depth: 0 })
  const token = await tokenFor(payload, owner.email)
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  body.append('_payload', JSON.stringify({ alt: 'La classe sur la plage', project: project.id }))
  const response = await restResponse('POST', '/project-pictures', { token, body })
  expect(response.status).toBe(201)
  return { doc: ((await response.json()) as { doc: ProjectPicture }).doc, token }
}

describe('stored files in S3', () => {
  it('colliding upload names: each project’s objects (original and sizes) are its own, through upload and delete', async () => {
    const a = await postPicture(await picture('jpeg', '#c0392b'), 'classe-de-mer.jpg', 'image/jpeg')
    const keysA = keysOf('project-pictures', a.doc)
    expect(keysA).toHaveLength(3)
    const before = keysA.map((key) => s3.objects.get(key))
    expect(before.map((object) => object?.contentType)).toEqual(['image/jpeg', 'image/webp', 'image/webp'])

    const b = await postPicture(await picture('png', '#2471a3'), 'classe-de-mer.png', 'image/png')
    const keysB = keysOf('project-pictures', b.doc)
    expect(keysB.filter((key) => keysA.includes(key))).toEqual([])
    expect(keysA.map((key) => s3.objects.get(key))).toEqual(before)

    expect((await restResponse('DELETE', `/project-pictures/${b.doc.id}`, { token: b.token })).status).toBe(200)
    for (const key of keysB) expect(s3.objects.has(key), key).toBe(false)
    expect(keysA.map((key) => s3.objects.get(key))).toEqual(before)

    // Served from the bucket, with the type of its bytes.
    const response = await restResponse('GET', `/project-pictures/file/${a.doc.sizes!.card!.filename}`, {
      token: a.token,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await response.arrayBuffer())).toEqual(before[1]!.body)
  })

  it('stores a PDF sent as HTML under .pdf with the PDF type, so the bucket never serves it as HTML', async () => {
    const editor = await createUser(payload, ['editor'])
    const site = await createSite(payload)
    const doc = await payload.create({
      collection: 'documents',
      data: { tenant: site.id, title: 'Guide' },
      file: upload(pdfBytes(), 'guide.html', 'text/html'),
      user: editor,
      overrideAccess: false,
    })
    expect(doc.filename).toMatch(/^[0-9a-f-]{36}\.pdf$/)
    expect(s3.objects.get(`documents/${doc.filename}`)?.contentType).toBe('application/pdf')
  })

  it('answers 404 for a name not in the bucket and 400 for a NUL byte, never 500', async () => {
    expect((await restResponse('GET', '/media/file/absente.png')).status).toBe(404)
    expect((await restResponse('GET', '/media/file/%00')).status).toBe(400)
  })
})
