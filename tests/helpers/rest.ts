import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

import { TEST_PASSWORD } from './factories'

/** Calls the app's real REST and GraphQL route handlers, as a browser would, without a server. */
export async function tokenFor(payload: Payload, email: string): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password: TEST_PASSWORD } })
  return token!
}

const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }

/** The catch-all route's `slug` as Next.js gives it: each segment percent-decoded (`%00` arrives as a NUL character). */
const slugOf = (url: URL) => url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)

/** The route handler's raw Response (for files and headers). */
export async function restResponse(method: keyof typeof handlers, path: string, { token, body }: { token?: string; body?: unknown } = {}): Promise<Response> {
  const url = new URL(`http://localhost:3000/api${path}`)
  const request = new Request(url, {
    method,
    headers: { ...(body instanceof FormData ? {} : { 'Content-Type': 'application/json' }), ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined || body instanceof FormData ? body : JSON.stringify(body),
  })
  return handlers[method](request, { params: Promise.resolve({ slug: slugOf(url) }) })
}

/** A POST with a raw body and headers (webhooks). */
export async function restRaw(path: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(`http://localhost:3000/api${path}`)
  const request = new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body })
  return handlers.POST(request, { params: Promise.resolve({ slug: slugOf(url) }) })
}

export async function rest(method: keyof typeof handlers, path: string, options: { token?: string; body?: unknown } = {}) {
  const response = await restResponse(method, path, options)
  return { status: response.status, json: (await response.json()) as Record<string, unknown> & { errors?: { message: string; data?: unknown }[] } }
}

export async function graphql(query: string, token: string) {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ query }),
  })
  const response = await GRAPHQL_POST(config)(request)
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] }
}
