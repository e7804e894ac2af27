import type { Payload } from 'payload'

import { DELETE, GET, PATCH, POST, PUT } from '@/app/(payload)/api/[...slug]/route'
import { POST as GRAPHQL_POST } from '@/app/(payload)/api/graphql/route'

import { TEST_PASSWORD } from './factories'

/**
 * Calls the app's real REST and GraphQL route handlers (the ones Next serves, request guard
 * included), as a browser would, without a server.
 */
export async function tokenFor(payload: Payload, email: string): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password: TEST_PASSWORD } })
  return token!
}

const handlers = { GET, POST, PATCH, PUT, DELETE }
type Method = keyof typeof handlers

/** The `[...slug]` params Next gives the route: the path's segments, percent-decoded. */
const slugOf = (url: URL) =>
  url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })

/** The route handler's raw Response (for files and headers). */
export async function restResponse(
  method: Method,
  path: string,
  { token, body }: { token?: string; body?: unknown } = {},
): Promise<Response> {
  const url = new URL(`http://localhost:3000/api${path}`)
  const request = new Request(url, {
    method,
    headers: {
      ...(body instanceof FormData ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined || body instanceof FormData ? body : JSON.stringify(body),
  })
  return handlers[method](request, { params: Promise.resolve({ slug: slugOf(url) }) })
}

/** A request with a raw body and headers (webhooks, malformed JSON). */
export async function restRaw(
  path: string,
  body: string,
  headers: Record<string, string> = {},
  method: Method = 'POST',
): Promise<Response> {
  const url = new URL(`http://localhost:3000/api${path}`)
  const request = new Request(url, { method, headers: { 'Content-Type': 'application/json', ...headers }, body })
  return handlers[method](request, { params: Promise.resolve({ slug: slugOf(url) }) })
}

export async function rest(method: Method, path: string, options: { token?: string; body?: unknown } = {}) {
  const response = await restResponse(method, path, options)
  return {
    status: response.status,
    json: (await response.json()) as Record<string, unknown> & { errors?: { message: string; data?: unknown }[] },
  }
}

/** The GraphQL route's raw Response; `body` replaces the usual `{ query, variables }`. */
export async function graphqlResponse(body: unknown, token?: string): Promise<Response> {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return GRAPHQL_POST(request)
}

export async function graphql(query: string, token?: string, variables?: Record<string, unknown>) {
  const response = await graphqlResponse({ query, variables }, token)
  return (await response.json()) as {
    data?: Record<string, unknown>
    errors?: { message: string; extensions?: Record<string, unknown> }[]
  }
}
