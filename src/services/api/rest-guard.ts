import { type Endpoint, getPayload, type SanitizedConfig } from 'payload'

import { frenchRestMessage } from '@/domain/api/french-messages'
import { apiErrorStatus } from '@/services/api-errors'
import { storedFileExists } from '@/services/media/stored-file-names'
import {
  type ListParams,
  type Refusal,
  checkJsonBody,
  checkListParams,
  checkWhereString,
  documentIdRefusal,
  tooLarge,
  MAX_JSON_BODY_BYTES,
} from '@/domain/api/request-limits'

import { refusalResponse, withJsonBody } from './refusal-response'

type RouteContext = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, context: RouteContext) => Promise<Response>

const LIST_PARAMS = ['page', 'limit', 'depth', 'pagination'] as const
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT'])

/**
 * Payload's REST handlers behind a guard (issue 16): what Payload would turn into a 500 or an
 * expensive query is refused first with a French 400, and Payload's own English refusals are
 * answered in French.
 *
 * - the path: a collection whose REST API is closed answers 404; an `:id` of a collection's or a
 *   global's route must be a document id (a positive integer);
 * - the query: `page`, `limit`, `depth`, `pagination` and a JSON `where` must be well formed; a
 *   list (GET) is served 100 documents at most per page and populated 3 levels deep at most
 *   (src/domain/api/request-limits.ts). Conditions inside `where`, `sort` and hidden fields are
 *   checked by the query hook (src/plugins/api-hardening.ts), for GraphQL too;
 * - a JSON body: 1 MB at most, valid JSON, an object;
 * - Payload's "POST with X-HTTP-Method-Override: GET" (the admin's relationship fields) is served
 *   as the GET it stands for, under the same rules.
 */
export function guardRest(configPromise: Promise<SanitizedConfig>, handler: Handler): Handler {
  return async (incoming, context) => {
    const config = await configPromise
    const { slug } = await context.params
    const pathRefusal =
      checkPath(config, incoming.method, slug) ?? (await checkFileName(configPromise, config, incoming.method, slug))
    if (pathRefusal) return refusalResponse(pathRefusal)

    const guarded = await guardRequest(incoming)
    if (guarded instanceof Response) return guarded
    return frenchRefusals(await handler(guarded, context))
  }
}

async function guardRequest(incoming: Request): Promise<Request | Response> {
  const overridden = incoming.method === 'POST' && isMethodOverrideGet(incoming) ? await asGet(incoming) : incoming
  if (overridden instanceof Response) return overridden
  const request = overridden

  const url = new URL(request.url)
  const checked = checkQuery(url, request.method === 'GET')
  if ('refusal' in checked) return refusalResponse(checked.refusal)

  let body: string | undefined
  if (WRITE_METHODS.has(request.method) && !isMultipart(request)) {
    const declared = Number(request.headers.get('content-length') ?? 0)
    if (declared > MAX_JSON_BODY_BYTES) return refusalResponse(tooLarge())
    body = await request.text()
    const bodyRefusal = isJson(request) ? checkJsonBody(body) : body.trim() === '' ? null : UNSUPPORTED_BODY
    if (bodyRefusal) return refusalResponse(bodyRefusal)
  } else if (WRITE_METHODS.has(request.method)) {
    if (!isWellFormedMultipart(request)) return refusalResponse(UNSUPPORTED_BODY)
    // Payload's multipart parser turns a broken form ("Unexpected end of form") into a 500: the
    // form is read once here (a copy of the stream) and a broken one refused.
    const readable = await request
      .clone()
      .formData()
      .then(
        () => true,
        () => false,
      )
    if (!readable)
      return refusalResponse({
        status: 400,
        param: 'body',
        message: 'Le formulaire multipart de la requête est mal formé.',
      })
  }
  if (!checked.changed && body === undefined) return request
  return new Request(checked.url ?? url, {
    method: request.method,
    headers: request.headers,
    body: body ?? (WRITE_METHODS.has(request.method) ? request.body : undefined),
    signal: request.signal,
    ...(body === undefined && request.body ? { duplex: 'half' } : {}),
  } as RequestInit)
}

/**
 * A body is JSON or, for files, multipart with its boundary (Payload answers 500 otherwise: "Request
 * is not eligible for file upload", or a custom endpoint's `req.json()` failing on text).
 */
const UNSUPPORTED_BODY: Refusal = {
  status: 415,
  param: 'body',
  message:
    'Le corps de la requête doit être du JSON (Content-Type: application/json) ou, pour un fichier, un formulaire multipart/form-data.',
}

const isMultipart = (request: Request) =>
  (request.headers.get('content-type') ?? '').trim().toLowerCase().startsWith('multipart/')

/** Payload's own test of a multipart request (uploads/fetchAPI-multipart/isEligibleRequest.js). */
const isWellFormedMultipart = (request: Request) => {
  const contentType = request.headers.get('content-type') ?? ''
  return (
    contentType.includes('boundary=') &&
    /multipart\/[\w'"()+,./:<=>?@[\\\]^-]+(?:; ?[\w'"()+,./:<=>?@[\\\]^-]*)+$/i.test(contentType)
  )
}

const isJson = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase() === 'application/json'

const isMethodOverrideGet = (request: Request) =>
  ['x-payload-http-method-override', 'x-http-method-override'].some(
    (h) => request.headers.get(h)?.toUpperCase() === 'GET',
  )

/** The GET a method-override POST stands for: its form body is the query string (Payload appends it), a JSON body must be an object. */
async function asGet(request: Request): Promise<Request | Response> {
  const text = await request.text()
  if (text.length > MAX_JSON_BODY_BYTES) return refusalResponse(tooLarge())
  const url = new URL(request.url)
  const contentType = (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase()
  if (contentType === 'application/x-www-form-urlencoded') {
    for (const [key, value] of new URLSearchParams(text)) url.searchParams.append(key, value)
  } else if (contentType === 'application/json') {
    const refused = checkJsonBody(text)
    if (refused) return refusalResponse(refused)
  }
  const headers = new Headers(request.headers)
  for (const h of ['x-payload-http-method-override', 'x-http-method-override', 'content-type', 'content-length'])
    headers.delete(h)
  return new Request(url, { method: 'GET', headers, signal: request.signal })
}

/** Checks the list parameters and a JSON `where`; a GET list is rewritten to the page size and depth limits. */
function checkQuery(url: URL, isList: boolean): { refusal: Refusal } | { changed: boolean; url?: URL } {
  const search = url.searchParams
  const params: ListParams = {}
  for (const name of LIST_PARAMS) {
    const entries = [...search.entries()].filter(([key]) => key === name || key.startsWith(`${name}[`))
    if (entries.length === 0) continue
    // Twice, or with brackets: the query parser would make it an array or an object.
    params[name] = entries.length === 1 && entries[0][0] === name ? entries[0][1] : entries.map(([, v]) => v)
  }
  const checked = checkListParams(params)
  if ('refusal' in checked) return checked
  // Payload parses `where` and `data` given as one JSON string.
  for (const name of ['where', 'data']) {
    const values = search.getAll(name)
    const refused = values.length > 1 ? checkWhereString('') : values.length === 1 ? checkWhereString(values[0]) : null
    if (refused) return { refusal: { ...refused, param: name, message: refused.message.replace('where', name) } }
  }
  if (!isList) return { changed: false }
  const rewrites = Object.entries(checked.rewrite)
  if (rewrites.length === 0 && !checked.dropPagination) return { changed: false }
  const next = new URL(url)
  for (const [key, value] of rewrites) next.searchParams.set(key, value)
  if (checked.dropPagination) next.searchParams.delete('pagination')
  return { changed: true, url: next }
}

/**
 * The route Payload will pick for this path (the first endpoint of the collection, global or root
 * whose method and pattern match), and its `:id`, which must be a document id. The `id` of
 * `/users/verify/:id` is a verification token, not a document.
 */
function checkPath(config: SanitizedConfig, method: string, slug: string[]): Refusal | null {
  // An empty segment (`/programmes/versions/`, `//`) names no route: Next redirects a trailing slash
  // before the route runs, so only a crafted request gets here, and Payload would answer it a 500.
  if (slug.some((segment) => segment === '')) return NOT_FOUND
  const [first, second] = slug
  let endpoints: Endpoint[] | false = config.endpoints
  let rest = slug
  let owner: 'collection' | 'global' | null = null
  if (first === 'globals') {
    const global = config.globals.find((g) => g.slug === second)
    if (global) {
      endpoints = global.endpoints || []
      rest = slug.slice(2)
      owner = 'global'
    }
  } else {
    const collection = config.collections.find((c) => c.slug === first)
    if (collection) {
      if (collection.endpoints === false) return NOT_FOUND
      endpoints = collection.endpoints || []
      rest = slug.slice(1)
      owner = 'collection'
    }
  }
  if (!endpoints || owner === null) return null
  const endpoint = endpoints.find((e) => e.method.toUpperCase() === method && matchPath(e.path, rest) !== null)
  if (!endpoint) return null
  // Payload lists version routes on every collection and global, and fails (500) on those without versions.
  const entity =
    owner === 'global'
      ? config.globals.find((g) => g.slug === second)
      : config.collections.find((c) => c.slug === first)
  if (endpoint.path.startsWith('/versions') && !entity?.versions) return NOT_FOUND
  // Payload 3.90's DELETE of a preference builds an invalid query (500 whatever the key); the admin never calls it.
  if (first === 'payload-preferences' && method === 'DELETE' && endpoint.path === '/:key')
    return { status: 405, param: 'path', message: 'Les préférences ne se suppriment pas par l’API.' }
  const id = matchPath(endpoint.path, rest)?.id
  if (id === undefined || endpoint.path === '/verify/:id') return null
  return documentIdRefusal(id)
}

/**
 * `GET /api/<upload collection>/file/<name>` of a name no document has: 404. Payload looks the
 * name up only when read access is a query; where everyone may read (media, documents) it goes
 * straight to the store, which would serve a file no document owns. The answer is remembered a
 * short while (src/services/media/stored-file-names.ts): a picture served again costs no query.
 */
async function checkFileName(
  configPromise: Promise<SanitizedConfig>,
  config: SanitizedConfig,
  method: string,
  slug: string[],
): Promise<Refusal | null> {
  const [first, file, filename, ...rest] = slug
  const collection = config.collections.find((c) => c.slug === first)
  if (method !== 'GET' || file !== 'file' || !filename || rest.length > 0 || !collection?.upload) return null
  try {
    return (await storedFileExists(await getPayload({ config: configPromise }), collection, filename))
      ? null
      : { status: 404, param: 'filename', message: 'Ce fichier n’existe pas.' }
  } catch (error) {
    // A name the database refuses (a NUL character…): src/services/db/database-refusals.ts.
    if (apiErrorStatus(error) === 400)
      return { status: 400, param: 'filename', message: 'Ce nom de fichier n’est pas valide.' }
    throw error
  }
}

const NOT_FOUND: Refusal = { status: 404, param: 'path', message: 'Cette adresse de l’API n’existe pas.' }

/** Payload's endpoint patterns are simple: literal segments, `:name` and a final optional `:name?`. */
function matchPath(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = pattern.split('/').filter(Boolean)
  const params: Record<string, string> = {}
  let i = 0
  for (const part of parts) {
    const value = segments[i]
    if (part.startsWith(':')) {
      const optional = part.endsWith('?')
      const name = part.slice(1).replace(/\?$/, '')
      if (value === undefined || value === '') {
        if (optional) continue
        return null
      }
      params[name] = value
    } else if (part !== value) {
      return null
    }
    i += 1
  }
  return i === segments.length ? params : null
}

/** Payload's refusals (4xx JSON) with French messages; a closed route (501) is a 404. */
async function frenchRefusals(response: Response): Promise<Response> {
  const status = response.status === 501 ? 404 : response.status
  if (status < 400 || status >= 500 || !(response.headers.get('content-type') ?? '').includes('json')) return response
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { message?: unknown; errors?: { message?: unknown }[] } | null
  if (!body) return response
  const errors = Array.isArray(body.errors)
    ? body.errors
    : typeof body.message === 'string'
      ? [{ message: body.message }]
      : []
  const french = errors.map((e) => ({
    ...e,
    ...(typeof e.message === 'string' ? { message: frenchRestMessage(e.message) } : {}),
  }))
  if (french.length === 0) return response
  return withJsonBody(response, { ...body, message: undefined, errors: french }, status)
}
