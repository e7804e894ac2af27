/**
 * Malformed input never answers 5xx (issue 16). For every collection, global and custom endpoint
 * of the running config, fast-check generates malformed query strings, ids and bodies, sent through
 * the app's own route handlers, anonymously and as an administrator: the answer is a 4xx at most,
 * its message is French, and nothing is logged as a failure (no `error` line with a stack trace).
 *
 * Seeds are fixed: a failure prints its counterexample and seed, and the same run reproduces it.
 */
import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { POST } from '@/app/(payload)/api/[...slug]/route'
import { closePayload } from '@/services/db/close-payload'

import { createProjectIn, createUser, testPayload, unique } from '../helpers/factories'
import { graphql, graphqlResponse, rest, restRaw, restResponse, tokenFor } from '../helpers/rest'

const SEED = 20_261_216

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
/** A route of the config, its path a template (`/projects/:id/transition`). */
type Route = { method: Method; path: string; collection?: string; global?: string; create: boolean }

let payload: Payload
let adminToken: string
let routes: Route[]
const fieldNames = new Map<string, string[]>()
/** Documents that a generated body happened to create, deleted after each property. */
const created: { collection: string; id: number }[] = []
/** Log lines written while the properties ran. */
const logged: string[] = []

beforeAll(async () => {
  payload = await testPayload()
  const admin = await createUser(payload, ['admin'])
  adminToken = await tokenFor(payload, admin.email)
  routes = routesOf(payload)
  for (const collection of payload.config.collections)
    fieldNames.set(
      collection.slug,
      collection.flattenedFields.map((f) => f.name),
    )
  for (const global of payload.config.globals)
    fieldNames.set(
      global.slug,
      global.flattenedFields.map((f) => f.name),
    )
  const write = process.stdout.write.bind(process.stdout)
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
    logged.push(String(chunk))
    // Failures stay visible; refusals (info lines) are only recorded.
    return String(chunk).includes('"level":"info"') ? true : (write as (...args: unknown[]) => boolean)(chunk, ...rest)
  })
})

afterAll(async () => {
  vi.restoreAllMocks()
  await cleanUp()
  await closePayload(payload)
})

/** Every route Payload would match: collections' and globals' endpoints (built-in and custom), root endpoints. */
function routesOf(p: Payload): Route[] {
  const all: Route[] = []
  const add = (method: string, path: string, extra: Partial<Route>) =>
    all.push({ method: method.toUpperCase() as Method, path, create: false, ...extra })
  for (const collection of p.config.collections) {
    if (collection.endpoints === false) {
      for (const method of ['GET', 'POST', 'PATCH', 'DELETE'])
        add(method, `/${collection.slug}/:id`, { collection: collection.slug })
      add('GET', `/${collection.slug}`, { collection: collection.slug })
      continue
    }
    for (const endpoint of collection.endpoints || []) {
      const path = `/${collection.slug}${endpoint.path === '/' ? '' : endpoint.path}`
      add(endpoint.method, path, {
        collection: collection.slug,
        create: endpoint.method === 'post' && endpoint.path === '/',
      })
    }
  }
  for (const global of p.config.globals) {
    for (const endpoint of global.endpoints || [])
      add(endpoint.method, `/globals/${global.slug}${endpoint.path === '/' ? '' : endpoint.path}`, {
        global: global.slug,
      })
  }
  for (const endpoint of p.config.endpoints || []) add(endpoint.method, endpoint.path, {})
  add('GET', '/does-not-exist/:id', {})
  return all
}

/**
 * Routes an administrator's junk may not reach: writes that could change what other test files
 * rely on (bulk updates and deletions, globals), and actions on the shared process (running the
 * jobs queue, reindexing, logging out the token in use).
 */
function safeForAdmin(route: Route): boolean {
  if (/\/(logout|run|handle-schedules|reindex)$/.test(route.path)) return false
  if (route.path.startsWith('/payload-preferences/:key')) return false
  if ((route.method === 'DELETE' || route.method === 'PATCH') && !route.path.includes(':')) return false
  return true
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

/** Stands for a long text (expanded when the request is sent, so that a counterexample stays readable). */
const HUGE = '<<texte de 60 000 caractères>>'
const expandHuge = (text: string) => text.split(HUGE).join('é'.repeat(60_000))
const NAMED_JUNK = [
  '-1',
  '0',
  '1e400',
  '1e99',
  '-1e99',
  'NaN',
  'Infinity',
  '-Infinity',
  '1.5',
  '0x1F',
  '2147483648',
  '99999999999999999999',
  '',
  ' ',
  '١٢',
  '+1',
  '1,2',
  'abc',
  '%00',
  '\u0000',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '../../etc/passwd',
  "' OR 1=1 --",
  '<script>',
  HUGE,
]
const controlChars = fc
  .array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 5 })
  .map((codes) => String.fromCharCode(...codes))
const junkText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMED_JUNK) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: controlChars },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
)
/** Ids that name no document: malformed, out of range, or far beyond any test's rows. */
const junkId = fc.oneof(
  fc.constantFrom('abc', '1e99', '%00', '-1', '0', '1.5', '2147483648', '99999999999', 'NaN', '%20', '1%00', '%C0%AE'),
  junkText.map(encodeURIComponent),
  fc.integer({ min: 2_000_000_000, max: 2_147_483_647 }).map(String),
)

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'within',
  'intersects',
  'near',
]
const SENSITIVE_PATHS = [
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'lockUntil',
  'loginAttempts',
  '_verificationToken',
  'owner.hash',
  'owner.salt',
  'owner.resetPasswordToken',
  'donor.hash',
  'user.salt',
  'sessions',
  'sessions.id',
]

const pathFor = (slug: string | undefined) =>
  fc.oneof(
    fc.constantFrom(
      'id',
      'createdAt',
      'updatedAt',
      '_status',
      'owner',
      'tenant',
      'tenant.name',
      'project.title',
      'and',
      'or',
      ...SENSITIVE_PATHS,
      ...(fieldNames.get(slug ?? '') ?? ['title']),
    ),
    fc.string({ maxLength: 12 }),
  )
const operator = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...OPERATORS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
)

/** One `key=value` of a query string, in qs's bracket syntax (what Payload parses). */
const queryPair = (slug: string | undefined): fc.Arbitrary<[string, string]> =>
  fc.oneof(
    fc.tuple(
      fc.constantFrom(
        'page',
        'limit',
        'depth',
        'draft',
        'trash',
        'pagination',
        'locale',
        'fallback-locale',
        'format',
        'year',
        'workshop',
        'territory',
        'where',
        'select',
        'populate',
        'joins',
        'sort',
        'id',
        'data',
      ),
      junkText,
    ),
    fc.tuple(fc.constantFrom('sort', 'select', 'populate'), pathFor(slug)).map(([k, p]) => [k, p] as [string, string]),
    fc.tuple(pathFor(slug), operator, junkText).map(([p, o, v]) => [`where[${p}][${o}]`, v] as [string, string]),
    fc
      .tuple(fc.constantFrom('and', 'or'), fc.nat(3), pathFor(slug), operator, junkText)
      .map(([c, i, p, o, v]) => [`where[${c}][${i}][${p}][${o}]`, v] as [string, string]),
    fc
      .tuple(pathFor(slug), operator, fc.nat(3), junkText)
      .map(([p, o, i, v]) => [`where[${p}][${o}][${i}]`, v] as [string, string]),
    fc.tuple(pathFor(slug), junkText).map(([p, v]) => [`where[${p}]`, v] as [string, string]),
    fc
      .tuple(pathFor(slug), fc.constantFrom('in', 'equals', 'near'), fc.string({ maxLength: 6 }), junkText)
      .map(([p, o, k, v]) => [`where[${p}][${o}][${k}][x]`, v] as [string, string]),
    fc
      .tuple(fc.constantFrom('select', 'populate', 'joins'), pathFor(slug), junkText)
      .map(([k, p, v]) => [`${k}[${p}]`, v] as [string, string]),
  )

const queryString = (slug: string | undefined) =>
  fc
    .array(queryPair(slug), { maxLength: 4 })
    .map((pairs) =>
      pairs.length ? `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}` : '',
    )

const junkValue = fc.oneof(
  junkText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
)

type Body = { json: unknown } | { raw: string; contentType: string }

/** A JSON body (any JSON value; objects with the collection's own field names), or raw bytes that are not JSON. */
const bodyFor = (slug: string | undefined): fc.Arbitrary<Body> =>
  fc.oneof(
    fc.constantFrom<unknown>(null, [], 'x', 5, true, '', 0, [{}], { data: null }).map((json) => ({ json })),
    fc.jsonValue({ maxDepth: 3 }).map((json) => ({ json })),
    fc
      .dictionary(
        fc.oneof(
          fc.constantFrom(
            'id',
            'title',
            'name',
            'email',
            'password',
            'status',
            'tenant',
            'owner',
            '_status',
            ...(fieldNames.get(slug ?? '') ?? []),
          ),
          fc.string({ maxLength: 8 }),
        ),
        junkValue,
        { maxKeys: 4 },
      )
      .map((json) => ({ json })),
    fc.record({
      raw: fc.constantFrom(
        '{',
        'not json',
        '{"a":1}{',
        '\u0000',
        '[1,',
        '{"title":"\\u0000"}',
        `{"a":${'['.repeat(5000)}`,
        '{"title":"x"}',
        'title=x&_payload=%7B',
        '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":1}\r\n--x--',
      ),
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'multipart/form-data',
        '',
      ),
    }),
  )

/** A request on one route: its params filled with junk, a junk query string, and a body for writes. */
const requestOn = (candidates: Route[]) =>
  fc.constantFrom(...candidates).chain((route) =>
    fc.record({
      route: fc.constant(route),
      params: fc.array(junkId, { minLength: 3, maxLength: 3 }),
      query: queryString(route.collection ?? route.global),
      body:
        route.method === 'GET' || route.method === 'DELETE'
          ? fc.constant(undefined)
          : bodyFor(route.collection ?? route.global),
    }),
  )

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/** A French sentence: accented letters, typographic quotes, or common French words. */
const FRENCH =
  /[àâçéèêëîïôûùœ’«»]|\b(le|la|les|des|du|un|une|est|sont|doit|pas|aucun|aucune|ce|cette|vous|connectez|requête|paramètre|valeur|champ|introuvable|invalide)\b/i

function messagesOf(body: unknown): string[] {
  if (!body || typeof body !== 'object') return []
  const b = body as {
    message?: unknown
    error?: unknown
    errors?: { message?: unknown; data?: { errors?: { message?: unknown }[] } }[]
  }
  const messages: string[] = []
  if (typeof b.message === 'string') messages.push(b.message)
  if (typeof b.error === 'string') messages.push(b.error)
  for (const e of Array.isArray(b.errors) ? b.errors : []) {
    if (typeof e?.message === 'string') messages.push(e.message)
    for (const d of Array.isArray(e?.data?.errors) ? e.data.errors : [])
      if (typeof d?.message === 'string') messages.push(d.message)
  }
  return messages
}

/** What a client gets for junk: below 500; a 4xx says why, in French. */
async function expectRefusedOrServed(response: Response, what: string): Promise<unknown> {
  const text = await response.text()
  expect(response.status, `${what} → ${response.status} ${text.slice(0, 300)}`).toBeLessThan(500)
  let body: unknown = null
  try {
    body = JSON.parse(text)
  } catch {
    /* files, CSV */
  }
  if (response.status >= 400) {
    const messages = messagesOf(body)
    expect(messages.length, `${what} → ${response.status} without a message: ${text.slice(0, 300)}`).toBeGreaterThan(0)
    for (const message of messages) expect(message, `${what} → ${response.status}: not French`).toMatch(FRENCH)
  }
  return body
}

/** No failure logged while the property ran: junk is a refusal (`info`), never an `error` with a stack trace. */
function expectNoFailureLogged(what: string) {
  const failures = logged.filter((line) => line.includes('"level":"error"') || line.includes('"level":"fatal"'))
  logged.length = 0
  expect(
    failures.map((l) => l.slice(0, 600)),
    what,
  ).toEqual([])
}

async function cleanUp() {
  for (const { collection, id } of created.splice(0)) {
    await payload.delete({ collection: collection as 'themes', id, overrideAccess: true }).catch(() => undefined)
  }
}

function fill(path: string, params: string[]): string {
  let i = 0
  return path.replace(/:\w+\??/g, () => params[i++ % params.length])
}

async function send(
  route: Route,
  params: string[],
  query: string,
  body: Body | undefined,
  token?: string,
): Promise<Response> {
  // A long text stays a few thousand characters in a URL (servers cut longer ones), 60,000 in a body.
  const path = `${fill(route.path, params)}${query}`.split(encodeURIComponent(HUGE)).join('x'.repeat(4000))
  const response =
    body && 'raw' in body
      ? await restRaw(
          path,
          expandHuge(body.raw),
          { 'Content-Type': body.contentType, ...(token ? { Authorization: `JWT ${token}` } : {}) },
          route.method,
        )
      : await restResponse(route.method, path, {
          token,
          body: body?.json === undefined ? undefined : JSON.parse(expandHuge(JSON.stringify(body.json))),
        })
  if (route.create && response.status < 300 && route.collection) {
    const doc = (await response
      .clone()
      .json()
      .catch(() => null)) as { doc?: { id?: number } } | null
    if (typeof doc?.doc?.id === 'number') created.push({ collection: route.collection, id: doc.doc.id })
  }
  return response
}

const describeRequest = (route: Route, params: string[], query: string, body: unknown) =>
  `${route.method} ${fill(route.path, params)}${query.slice(0, 300)} ${body === undefined ? '' : JSON.stringify(body).slice(0, 300)}`

// ---------------------------------------------------------------------------------------------
// The classes the review found, on every collection (a table, so that each is always covered)
// ---------------------------------------------------------------------------------------------

describe('the review’s examples, on every collection', () => {
  const QUERIES = [
    'page=-1',
    'limit=1e400',
    'limit=-5',
    'page=abc',
    'depth=-1',
    'depth=abc',
    'where[id][in]=abc',
    'where[id][near]=1,2',
    'where[id][equals]=1e99',
    'where=junk',
    'where[id][in][0][x]=1',
    'where[id][foo]=1',
    'where[title][equals]=%00',
    'where[createdAt][greater_than]=zzz',
    'where[and][0]=x',
    'sort=owner.hash',
    'sort=hash',
    'sort=salt',
    'sort=resetPasswordToken',
  ]
  const IDS = ['abc', '1e99', '%00', '-1', '1.5', '99999999999']
  const BODIES: unknown[] = [[], 'x', null, 5]

  it('list queries: 4xx with a French message, for anonymous visitors and administrators', async () => {
    for (const { slug } of payload.config.collections) {
      for (const query of QUERIES) {
        for (const token of [undefined, adminToken])
          await expectRefusedOrServed(
            await restResponse('GET', `/${slug}?${query}`, { token }),
            `GET /${slug}?${query} ${token ? 'admin' : 'anonymous'}`,
          )
      }
    }
    expectNoFailureLogged('list queries')
  })

  it('ids: read, update and delete answer 4xx', async () => {
    for (const { slug } of payload.config.collections) {
      for (const id of IDS) {
        for (const token of [undefined, adminToken]) {
          await expectRefusedOrServed(await restResponse('GET', `/${slug}/${id}`, { token }), `GET /${slug}/${id}`)
          await expectRefusedOrServed(
            await restResponse('PATCH', `/${slug}/${id}`, { token, body: { title: 'x' } }),
            `PATCH /${slug}/${id}`,
          )
          await expectRefusedOrServed(
            await restResponse('DELETE', `/${slug}/${id}`, { token }),
            `DELETE /${slug}/${id}`,
          )
        }
      }
    }
    expectNoFailureLogged('ids')
  })

  it('bodies that are not objects: create and update answer 400', async () => {
    for (const { slug } of payload.config.collections) {
      for (const body of BODIES) {
        for (const token of [undefined, adminToken]) {
          const createdAnswer = await restResponse('POST', `/${slug}`, { token, body })
          await expectRefusedOrServed(createdAnswer, `POST /${slug} ${JSON.stringify(body)}`)
          await expectRefusedOrServed(
            await restResponse('PATCH', `/${slug}/2147483000`, { token, body }),
            `PATCH /${slug}/… ${JSON.stringify(body)}`,
          )
        }
      }
    }
    expectNoFailureLogged('bodies')
  })
})

// ---------------------------------------------------------------------------------------------
// What a client can rely on (README, "Input and API limits")
// ---------------------------------------------------------------------------------------------

describe('limits and refusals a client can rely on', () => {
  const firstError = (json: { errors?: { message: string; data?: unknown }[] }) =>
    json.errors?.[0] as { message: string; data?: { errors?: { path: string; message: string }[] } } | undefined

  it('names the malformed parameter, in French', async () => {
    for (const [query, param, message] of [
      ['page=-1', 'page', 'Le paramètre page doit être un entier entre 1 et 100 000.'],
      ['limit=1e400', 'limit', 'Le paramètre limit doit être un entier entre 1 et 100 (documents par page).'],
      ['depth=abc', 'depth', 'Le paramètre depth doit être un entier entre 0 et 3.'],
      ['where=junk', 'where', 'Le paramètre where doit être un objet de conditions : where[champ][opérateur]=valeur.'],
      [
        'where[id][in]=abc',
        'where',
        'La valeur « abc » de where[id][in] n’est pas un identifiant (un entier positif).',
      ],
    ]) {
      const { status, json } = await rest('GET', `/themes?${query}`)
      expect(status, query).toBe(400)
      expect(firstError(json)?.message, query).toBe(message)
      expect(firstError(json)?.data?.errors?.[0]?.path, query).toBe(param)
    }
    const near = await rest('GET', '/themes?where[name][near]=1,2')
    expect(near.status).toBe(400)
    expect(firstError(near.json)?.message).toMatch(/^L’opérateur de where\[name\]\[near\] n’existe pas\./)
    const id = await rest('GET', '/themes/1e99')
    expect([id.status, firstError(id.json)?.message]).toEqual([
      400,
      'L’identifiant « 1e99 » n’est pas valide : un entier positif est attendu.',
    ])
  })

  it('serves a page of 100 documents at most: limit=0 and larger limits get 100', async () => {
    for (const limit of ['0', '1000']) {
      const { status, json } = await rest('GET', `/themes?limit=${limit}&pagination=false`)
      expect(status).toBe(200)
      expect(json.limit).toBe(100)
      expect((json.docs as unknown[]).length).toBeLessThanOrEqual(100)
    }
    expect((await rest('GET', '/themes?limit=5')).json.limit).toBe(5)
  })

  it('keeps the admin’s own requests working: 250 related titles at once, and the relationship field’s method-override POST', async () => {
    const themes = await payload.find({ collection: 'themes', limit: 3, depth: 0 })
    const ids = themes.docs.map((t) => t.id).join(',')
    const cells = await rest('GET', `/themes?depth=0&draft=true&limit=250&where[id][in]=${ids}&select[name]=true`, {
      token: adminToken,
    })
    expect(cells.status).toBe(200)
    expect(cells.json.limit).toBe(100)
    expect((cells.json.docs as { id: number }[]).map((d) => d.id).sort()).toEqual(themes.docs.map((t) => t.id).sort())
    const request = new Request('http://localhost:3000/api/themes', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Payload-HTTP-Method-Override': 'GET',
        Authorization: `JWT ${adminToken}`,
      },
      body: `depth=0&limit=0&where[id][in]=${ids}`,
    })
    const overridden = await POST(request, { params: Promise.resolve({ slug: ['themes'] }) })
    expect(overridden.status).toBe(200)
    const body = (await overridden.json()) as { limit: number; docs: unknown[] }
    expect([body.limit, body.docs.length]).toEqual([100, themes.docs.length])
    const junk = await POST(
      new Request('http://localhost:3000/api/themes', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-HTTP-Method-Override': 'GET' },
        body: 'page=-1',
      }),
      { params: Promise.resolve({ slug: ['themes'] }) },
    )
    expect(junk.status).toBe(400)
  })

  it('refuses a filter or a sort on a password hash, salt or token, for everyone, through relationships too', async () => {
    for (const token of [undefined, adminToken]) {
      for (const query of [
        'sort=owner.hash',
        'sort=-owner.salt',
        'where[owner.resetPasswordToken][exists]=true',
        'where[or][0][owner.hash][like]=a',
      ]) {
        const { status, json } = await rest('GET', `/projects?${query}`, { token })
        expect(status, query).toBe(400)
        expect(firstError(json)?.message, query).toMatch(
          /^Le champ « owner\.(hash|salt|resetPasswordToken) » ne peut servir ni de filtre ni de tri\.$/,
        )
      }
      for (const query of ['sort=hash', 'sort=lockUntil', 'where[salt][exists]=true'])
        expect((await rest('GET', `/users?${query}`, { token })).status, query).toBe(400)
    }
    const viaGraphql = await graphql('{ Users(sort: "hash") { docs { id } } }', adminToken)
    expect(viaGraphql.errors?.[0]?.message).toBe('Le champ « hash » ne peut servir ni de filtre ni de tri.')
  })

  it('refuses a number where a text is expected, on the field, and stores nothing', async () => {
    const theme = await payload.create({ collection: 'themes', data: { name: unique('Thème'), slug: unique('theme') } })
    const { status, json } = await rest('PATCH', `/themes/${theme.id}`, { token: adminToken, body: { name: 123 } })
    expect(status).toBe(400)
    expect(firstError(json)?.data?.errors).toEqual([
      { label: expect.anything(), message: 'Ce champ doit être du texte.', path: 'name' },
    ])
    expect((await payload.findByID({ collection: 'themes', id: theme.id })).name).toBe(theme.name)
    await payload.delete({ collection: 'themes', id: theme.id })
  })

  it('refuses a text that is not a number where a number is expected (12abc), on the field, at any depth, and stores nothing', async () => {
    const project = await createProjectIn(payload, 'draft', {
      nights: 2,
      budgetLines: [{ label: 'Car', amountCents: 40_000 }],
    })
    const refusals = [
      [{ nights: '12abc' }, 'nights'],
      [{ pupils: '0x1A' }, 'pupils'],
      [{ nights: true }, 'nights'],
      [{ minimumGoalCents: '1 000' }, 'minimumGoalCents'],
      [{ budgetLines: [{ label: 'Car', amountCents: '400€' }] }, 'budgetLines.0.amountCents'],
    ] as const
    for (const [body, path] of refusals) {
      const { status, json } = await rest('PATCH', `/projects/${project.id}`, { token: adminToken, body })
      expect(status, JSON.stringify(body)).toBe(400)
      expect(firstError(json)?.data?.errors, JSON.stringify(body)).toEqual([
        expect.objectContaining({
          message: 'Ce champ doit être un nombre, écrit en chiffres (par exemple 12 ou 12.5).',
          path,
        }),
      ])
    }
    const created = await rest('POST', '/projects', {
      token: adminToken,
      body: { title: unique('Projet'), nights: '3 nuits' },
    })
    expect(created.status).toBe(400)
    const viaGraphql = await graphql(
      `mutation { updateProject(id: ${project.id}, data: { nights: "12abc" }) { nights } }`,
      adminToken,
    )
    expect(viaGraphql.errors?.length).toBeGreaterThan(0)
    const saved = await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })
    expect([saved.nights, saved.budgetLines?.[0]?.amountCents]).toEqual([2, 40_000])
    // A number written as text stays accepted, as Payload always did.
    expect(
      (await rest('PATCH', `/projects/${project.id}`, { token: adminToken, body: { nights: ' 4 ' } })).status,
    ).toBe(200)
    expect((await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })).nights).toBe(4)
  })

  it('refuses a JSON body above 1 MB with 413', async () => {
    const response = await restResponse('POST', '/themes', { token: adminToken, body: { name: 'x'.repeat(1_100_000) } })
    expect(response.status).toBe(413)
    expect(messagesOf(await response.json())[0]).toBe('Le corps de la requête dépasse 1 Mo.')
  })
})

// ---------------------------------------------------------------------------------------------
// Generated junk on every route
// ---------------------------------------------------------------------------------------------

describe('generated junk on every REST route', () => {
  it('anonymous: queries, ids and bodies answer below 500, refusals in French', async () => {
    await fc.assert(
      fc.asyncProperty(requestOn(routes), async ({ route, params, query, body }) => {
        await expectRefusedOrServed(await send(route, params, query, body), describeRequest(route, params, query, body))
      }),
      { seed: SEED, numRuns: 1500, endOnFailure: true },
    )
    await cleanUp()
    expectNoFailureLogged('anonymous junk')
  }, 300_000)

  it('an administrator’s junk is refused too (4xx, never 5xx)', async () => {
    await fc.assert(
      fc.asyncProperty(requestOn(routes.filter(safeForAdmin)), async ({ route, params, query, body }) => {
        // An administrator's global writes stay away from objects that could change the global.
        const safeBody =
          route.global &&
          body &&
          'json' in body &&
          body.json &&
          typeof body.json === 'object' &&
          !Array.isArray(body.json)
            ? { json: 'x' }
            : body
        await expectRefusedOrServed(
          await send(route, params, query, safeBody, adminToken),
          describeRequest(route, params, query, safeBody),
        )
      }),
      { seed: SEED + 1, numRuns: 1500, endOnFailure: true },
    )
    await cleanUp()
    expectNoFailureLogged('administrator junk')
  }, 300_000)
})

// ---------------------------------------------------------------------------------------------
// GraphQL
// ---------------------------------------------------------------------------------------------

describe('GraphQL refuses junk and expensive queries before running them', () => {
  async function expectGraphqlRefusal(body: unknown, token?: string) {
    const response = await graphqlResponse(body, token)
    const text = await response.text()
    expect(response.status, text.slice(0, 300)).toBeLessThan(500)
    const json = JSON.parse(text) as {
      data?: unknown
      errors?: { message: string; extensions?: { statusCode?: number } }[]
    }
    return json
  }

  it('an alias bomb (200 lists of every row) is refused at validation, before any resolver runs', async () => {
    const query = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: Themes(limit: 0) { docs { id name } }`).join(' ')} }`
    const json = await expectGraphqlRefusal({ query })
    expect(json.data).toBeUndefined()
    expect(json.errors?.map((e) => e.message).join(' ')).toMatch(/au plus \d+ champs/)
  })

  it('a page holds at most 100 documents; 0 (every row) and pagination: false are refused', async () => {
    for (const args of ['limit: 0', 'limit: 1000', 'limit: -1', 'page: 0', 'page: -1', 'pagination: false']) {
      const json = await expectGraphqlRefusal({ query: `{ Themes(${args}) { docs { id } } }` })
      expect(json.data, args).toBeUndefined()
      expect(json.errors?.[0]?.message, args).toMatch(FRENCH)
    }
    const viaVariable = await expectGraphqlRefusal({
      query: 'query ($n: Int) { Themes(limit: $n) { docs { id } } }',
      variables: { n: 5000 },
    })
    expect(viaVariable.errors?.[0]?.message).toMatch(/limit/)
    const allowed = await graphql('{ Themes(limit: 100) { docs { id } } }')
    expect(allowed.errors).toBeUndefined()
  })

  it('deep nesting is refused', async () => {
    const deep = `{ Users { docs { ${'tenants { tenant { '.repeat(8)} id ${'} } '.repeat(8)} } } }`
    const json = await expectGraphqlRefusal({ query: deep }, adminToken)
    expect(json.data).toBeUndefined()
    expect(json.errors?.map((e) => e.message).join(' ')).toMatch(/profondeur/)
  })

  it('unknown fields are refused without suggesting field names', async () => {
    const json = await expectGraphqlRefusal({ query: '{ Projects { docs { titl ownr { emai } } } }' })
    const messages = json.errors?.map((e) => e.message).join(' ') ?? ''
    expect(messages).not.toMatch(/Did you mean|Vouliez-vous dire/i)
    expect(messages).not.toContain('"title"')
    expect(messages).toMatch(FRENCH)
  })

  it('junk documents and variables answer below 500, and log no failure', async () => {
    const queries = [
      'query ($id: Int!) { Project(id: $id) { id title } }',
      'query ($where: Project_where, $limit: Int, $page: Int, $sort: String) { Projects(where: $where, limit: $limit, page: $page, sort: $sort) { docs { id } } }',
      'query ($where: Theme_where, $page: Int) { Themes(where: $where, page: $page) { totalDocs } }',
      'mutation ($data: mutationThemeInput!) { createTheme(data: $data) { id } }',
      'mutation ($id: Int!, $data: mutationProjectUpdateInput!) { updateProject(id: $id, data: $data) { id } }',
    ]
    const variables = fc.dictionary(
      fc.constantFrom('id', 'where', 'limit', 'page', 'sort', 'data'),
      fc.oneof(
        junkValue,
        fc.dictionary(
          fc.oneof(pathFor('projects'), fc.constantFrom(...OPERATORS)),
          fc.oneof(junkValue, fc.dictionary(fc.constantFrom(...OPERATORS), junkValue, { maxKeys: 2 })),
          { maxKeys: 3 },
        ),
      ),
      { maxKeys: 4 },
    )
    const body = fc.oneof(
      fc.record({ query: fc.constantFrom(...queries), variables: fc.oneof(variables, junkValue) }),
      fc.record({
        query: fc.oneof(
          junkText,
          fc.constantFrom(
            '{',
            '{ __schema { types { name } } }',
            'query { Projects(where: { id: { near: "1,2" } }) { docs { id } } }',
            '{ Themes(sort: "owner.hash") { docs { id } } }',
            '{ Users(sort: "hash") { docs { id } } }',
            '{ Users(sort: "-resetPasswordToken") { docs { id } } }',
          ),
        ),
      }),
      fc.jsonValue({ maxDepth: 2 }),
    )
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (b, asAdmin) => {
        const json = await expectGraphqlRefusal(b, asAdmin ? adminToken : undefined)
        for (const error of json.errors ?? [])
          expect(
            error.extensions?.statusCode ?? 400,
            `${JSON.stringify(b).slice(0, 300)} → ${error.message}`,
          ).toBeLessThan(500)
        // Theme documents a generated mutation happened to create are removed.
        const doc = (json.data as { createTheme?: { id?: number } } | undefined)?.createTheme
        if (typeof doc?.id === 'number') created.push({ collection: 'themes', id: doc.id })
      }),
      { seed: SEED + 2, numRuns: 500, endOnFailure: true },
    )
    await cleanUp()
    expectNoFailureLogged('GraphQL junk')
  }, 300_000)
})
