import { describe, expect, it } from 'vitest'

import { logRequestError } from './request-errors'

const context = {
  routerKind: 'App Router',
  routePath: '/[site]/projets/[slug]',
  routeType: 'render',
  renderSource: 'react-server-components',
  revalidateReason: undefined,
} as const

function logged(error: unknown, headers: Record<string, string> = {}) {
  const lines: string[] = []
  logRequestError(error, { path: '/projets/classe-de-mer', method: 'GET', headers }, context, (line) =>
    lines.push(line),
  )
  expect(lines).toHaveLength(1)
  expect(lines[0].endsWith('\n')).toBe(true)
  expect(lines[0].trimEnd()).not.toContain('\n')
  return JSON.parse(lines[0])
}

describe('logRequestError', () => {
  it('writes one JSON line with the request id it came with, the route and the stack trace of a failure', () => {
    const line = logged(new Error('boom'), { 'x-request-id': 'req-42' })
    expect(line).toMatchObject({
      level: 'error',
      requestId: 'req-42',
      method: 'GET',
      path: '/projets/classe-de-mer',
      routePath: '/[site]/projets/[slug]',
      routeType: 'render',
      err: { type: 'Error', message: 'boom', stack: expect.stringContaining('boom') },
    })
    expect(new Date(line.time).toISOString()).toBe(line.time)
  })

  it('gives an id to a request that came without one', () => {
    expect(logged(new Error('boom')).requestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('logs a refusal as info, without a stack trace', () => {
    const line = logged(Object.assign(new Error('Réservé aux porteurs.'), { status: 403 }), {
      'x-request-id': 'req-43',
    })
    expect(line).toMatchObject({
      level: 'info',
      requestId: 'req-43',
      err: { message: 'Réservé aux porteurs.', status: 403 },
    })
    expect(line.err.stack).toBeUndefined()
  })
})
