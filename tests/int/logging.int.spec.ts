import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { POST } from '@/app/(payload)/api/[...slug]/route'
import type { Project, User } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'

import { createProjectIn, createUser, testPayload, unique } from '../helpers/factories'
import { tokenFor } from '../helpers/rest'

type TestUser = User & { collection: 'users' }

let payload: Payload
let owner: TestUser
let otherTeacher: TestUser
let project: Project

beforeAll(async () => {
  payload = await testPayload()
  owner = await createUser(payload, ['teacher'])
  otherTeacher = await createUser(payload, ['teacher'])
  project = await createProjectIn(payload, 'collecting', { owner: owner.id })
})

afterAll(async () => {
  await closePayload(payload)
})

afterEach(() => {
  vi.restoreAllMocks()
})

/** Posts a project news through the app's own REST route (the one Next serves), capturing what is written to stdout meanwhile. */
async function postNews(user: TestUser, headers: Record<string, string> = {}) {
  const token = await tokenFor(payload, user.email)
  const written: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
    written.push(String(chunk))
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest)
  })
  const request = new Request('http://localhost:3000/api/project-news', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...headers },
    body: JSON.stringify({ project: project.id, title: unique('Nouvelles'), body: 'Merci !', visibility: 'public' }),
  })
  const response = await POST(request, { params: Promise.resolve({ slug: ['project-news'] }) })
  vi.mocked(process.stdout.write).mockRestore()
  const lines = written.join('').split('\n').filter(Boolean)
  const json = lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown> & { err?: { stack?: string; message?: string } }]
    } catch {
      return []
    }
  })
  return { response, lines, json }
}

describe('request logs and ids (REST)', () => {
  it('a refusal (403) is one info line with the request id, no error line and no stack trace', async () => {
    const { response, json } = await postNews(otherTeacher, { 'x-request-id': 'test-refus-403' })
    expect(response.status).toBe(403)
    expect(response.headers.get('x-request-id')).toBe('test-refus-403')
    const mine = json.filter((line) => line.requestId === 'test-refus-403')
    expect(mine).toEqual([
      expect.objectContaining({
        level: 'info',
        status: 403,
        error: 'APIError',
        msg: 'Seuls les porteurs du projet publient ses actualités.',
      }),
    ])
    expect(json.filter((line) => line.level === 'error')).toEqual([])
    expect(JSON.stringify(mine)).not.toContain('stack')
  })

  it('a failure (500) is exactly one JSON error line with the request id and the stack trace', async () => {
    // The database fails while the news' hook reads its project.
    const findByID = payload.findByID.bind(payload)
    vi.spyOn(payload, 'findByID').mockImplementation(((args: Parameters<typeof findByID>[0]) =>
      args.collection === 'projects' ? Promise.reject(new Error('panne simulée')) : findByID(args)) as typeof findByID)
    const { response, json, lines } = await postNews(owner, { 'x-request-id': 'test-panne-500' })
    expect(response.status).toBe(500)
    expect(response.headers.get('x-request-id')).toBe('test-panne-500')
    const errors = json.filter((line) => line.level === 'error')
    expect(errors).toEqual([
      expect.objectContaining({
        requestId: 'test-panne-500',
        err: expect.objectContaining({ message: 'panne simulée', stack: expect.stringContaining('panne simulée') }),
      }),
    ])
    expect(new Date(String(errors[0].time)).toISOString()).toBe(errors[0].time)
    // The whole entry, stack trace included, is on one line.
    expect(lines.filter((line) => line.includes('panne simulée'))).toHaveLength(1)
  })

  it('a request without an id gets one, in the answer and in its log lines', async () => {
    const { response, json } = await postNews(otherTeacher)
    const id = response.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(json.filter((line) => line.requestId === id)).toHaveLength(1)
  })

  it('a success answers with the id too', async () => {
    const { response } = await postNews(owner, { 'x-request-id': 'test-ok-201' })
    expect(response.status).toBe(201)
    expect(response.headers.get('x-request-id')).toBe('test-ok-201')
  })
})
