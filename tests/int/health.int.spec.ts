import { describe, expect, it } from 'vitest'

import { GET } from '@/app/(payload)/api/health/route'
import { GET as live } from '@/app/(payload)/api/health/live/route'
import { checkDatabase } from '@/services/health/check-database'

describe('GET /api/health (readiness)', () => {
  it('answers 200 when the database answers', async () => {
    const response = await GET()
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok', database: { ok: true } })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('reports the database down when it does not answer', async () => {
    expect(await checkDatabase('postgres://postgres@127.0.0.1:1/nothing')).toEqual({ ok: false })
  })
})

describe('GET /api/health/live (liveness)', () => {
  it('answers 200 without asking the database', async () => {
    const response = live()
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })
})
