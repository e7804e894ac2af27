import { isRecordId } from '@/domain/access/ids'

/**
 * What the REST and GraphQL APIs accept from a client, and the French refusal of everything else
 * (issue 16). Pure: the request guard (src/services/api) and the query hook call these on what a
 * client sent; nothing here touches Payload.
 */

/** Documents in one page of a list, REST and GraphQL alike. */
export const MAX_PAGE_SIZE = 100
/** The highest page number (an offset beyond every table, not a way to make PostgreSQL count). */
export const MAX_PAGE = 100_000
/** Levels of relationships a REST answer populates (`depth`); the site and the admin use 2 at most. */
export const MAX_REST_DEPTH = 3
/** A JSON body (REST or GraphQL); files go through multipart uploads, with their own limits. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024
const INTEGER = /^\d{1,10}$/
/** Conditions in one `where` (and/or included), and how deep and/or may nest. */
export const MAX_WHERE_CONDITIONS = 50
export const MAX_WHERE_NESTING = 5

export type Refusal = { status: 400 | 404 | 405 | 413 | 415; param: string; message: string }

/** Payload's operators that this portal's API accepts (no geographic field exists: near, within and intersects are refused). */
export const WHERE_OPERATORS = [
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
] as const
const OPERATOR_SET = new Set<string>(WHERE_OPERATORS)
/** Operators whose value on an id is an id, or a list of ids. */
const ID_OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

/** 100000 → "100 000". */
export const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')

const refusal = (param: string, message: string, status: Refusal['status'] = 400): Refusal => ({
  status,
  param,
  message,
})

export function documentIdRefusal(value: string, param = 'id'): Refusal | null {
  if (isRecordId(value)) return null
  return refusal(param, `L’identifiant « ${shown(value)} » n’est pas valide : un entier positif est attendu.`)
}

/** A value as shown in a message: control characters escaped, long values cut. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern escapes
  const safe = text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return safe.length > 40 ? `${safe.slice(0, 40)}…` : safe
}

export type ListParams = Partial<Record<'page' | 'limit' | 'depth' | 'pagination', unknown>>

/**
 * `page`, `limit`, `depth` and `pagination` of a REST request, as the query parser gave them (a
 * string, or an array or object when the client used brackets). A malformed value is refused;
 * a page larger than MAX_PAGE_SIZE (or `limit=0`, Payload's "every row") is served as
 * MAX_PAGE_SIZE, a deeper `depth` as MAX_REST_DEPTH, and pagination cannot be turned off: the
 * admin asks for 250 related titles at once, and gets them 100 at a time like everyone.
 */
export function checkListParams(
  params: ListParams,
): { refusal: Refusal } | { rewrite: Partial<Record<'limit' | 'depth', string>>; dropPagination: boolean } {
  const rewrite: Partial<Record<'limit' | 'depth', string>> = {}
  if (params.page !== undefined) {
    const page = params.page
    if (typeof page !== 'string' || !INTEGER.test(page) || Number(page) < 1 || Number(page) > MAX_PAGE) {
      return { refusal: refusal('page', `Le paramètre page doit être un entier entre 1 et ${grouped(MAX_PAGE)}.`) }
    }
  }
  if (params.limit !== undefined) {
    const limit = params.limit
    if (typeof limit !== 'string' || !INTEGER.test(limit)) {
      return {
        refusal: refusal(
          'limit',
          `Le paramètre limit doit être un entier entre 1 et ${MAX_PAGE_SIZE} (documents par page).`,
        ),
      }
    }
    if (Number(limit) === 0 || Number(limit) > MAX_PAGE_SIZE) rewrite.limit = String(MAX_PAGE_SIZE)
  }
  if (params.depth !== undefined) {
    const depth = params.depth
    if (typeof depth !== 'string' || !INTEGER.test(depth)) {
      return { refusal: refusal('depth', `Le paramètre depth doit être un entier entre 0 et ${MAX_REST_DEPTH}.`) }
    }
    if (Number(depth) > MAX_REST_DEPTH) rewrite.depth = String(MAX_REST_DEPTH)
  }
  if (params.pagination !== undefined && params.pagination !== 'true' && params.pagination !== 'false') {
    return { refusal: refusal('pagination', 'Le paramètre pagination vaut true ou false.') }
  }
  return { rewrite, dropPagination: params.pagination === 'false' }
}

/** `where` sent as one JSON string (`?where={"id":{"equals":1}}`, which Payload accepts): an object of conditions. */
export function checkWhereString(where: string): Refusal | null {
  try {
    const parsed: unknown = JSON.parse(where)
    if (isPlainObject(parsed)) return null
  } catch {
    /* refused below */
  }
  return refusal('where', 'Le paramètre where doit être un objet de conditions : where[champ][opérateur]=valeur.')
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** How a path of a `where` is typed, as far as the checks need: the id of a collection with integer ids. */
export type PathKind = (path: string) => 'id' | 'other'

/**
 * A `where` as Payload receives it (qs brackets or JSON): and/or lists of conditions, each a path
 * with known operators and values that are text, numbers, booleans or lists of them. Ids must be
 * ids. Paths themselves (unknown fields, fields the reader may not see) are Payload's to check.
 */
export function checkWhere(where: unknown, kindOf: PathKind = () => 'other'): Refusal | null {
  let conditions = 0
  const visit = (node: unknown, nesting: number, at: string): Refusal | null => {
    if (!isPlainObject(node))
      return refusal('where', `Le paramètre ${at} doit être un objet de conditions : where[champ][opérateur]=valeur.`)
    if (nesting > MAX_WHERE_NESTING)
      return refusal('where', `Le paramètre where imbrique and/or sur plus de ${MAX_WHERE_NESTING} niveaux.`)
    for (const [key, value] of Object.entries(node)) {
      const lower = key.toLowerCase()
      if (lower === 'and' || lower === 'or') {
        if (!Array.isArray(value))
          return refusal(
            'where',
            `Le paramètre ${at}[${key}] doit être une liste de conditions : ${at}[${key}][0][champ][opérateur]=valeur.`,
          )
        for (const [i, item] of value.entries()) {
          const refused = visit(item, nesting + 1, `${at}[${key}][${i}]`)
          if (refused) return refused
        }
        continue
      }
      const param = `${at}[${shown(key)}]`
      if (!isPlainObject(value))
        return refusal(
          'where',
          `Le paramètre ${param} doit préciser un opérateur, par exemple ${param}[equals]=valeur.`,
        )
      for (const [operator, operand] of Object.entries(value)) {
        conditions += 1
        if (conditions > MAX_WHERE_CONDITIONS)
          return refusal('where', `Le paramètre where contient plus de ${MAX_WHERE_CONDITIONS} conditions.`)
        const refused = checkCondition(`${param}[${shown(operator)}]`, key, operator, operand, kindOf)
        if (refused) return refused
      }
    }
    return null
  }
  return visit(where, 0, 'where')
}

function checkCondition(
  param: string,
  path: string,
  operator: string,
  operand: unknown,
  kindOf: PathKind,
): Refusal | null {
  if (!OPERATOR_SET.has(operator)) {
    return refusal(
      'where',
      `L’opérateur de ${param} n’existe pas. Opérateurs acceptés : ${WHERE_OPERATORS.join(', ')}.`,
    )
  }
  const values = Array.isArray(operand) ? operand : [operand]
  for (const value of values) {
    if (value !== null && typeof value === 'object')
      return refusal('where', `La valeur de ${param} doit être un texte, un nombre ou une liste, pas un objet.`)
    if (typeof value === 'string' && value.includes('\u0000'))
      return refusal('where', `La valeur de ${param} contient un caractère nul.`)
    if (typeof value === 'number' && !Number.isFinite(value))
      return refusal('where', `La valeur de ${param} n’est pas un nombre fini.`)
  }
  if (operator === 'exists') {
    const ok = values.length === 1 && [true, false, 'true', 'false'].includes(values[0] as string | boolean)
    return ok ? null : refusal('where', `La valeur de ${param} vaut true ou false.`)
  }
  if (kindOf(path) === 'id' && ID_OPERATORS.has(operator)) {
    const ids = values.flatMap((v) => (LIST_OPERATORS.has(operator) && typeof v === 'string' ? v.split(',') : [v]))
    // "null" and "" are how a query string says "no related document".
    const bad = ids.find((v) => v !== null && v !== '' && v !== 'null' && !isRecordId(v))
    if (bad !== undefined)
      return refusal('where', `La valeur « ${shown(bad)} » de ${param} n’est pas un identifiant (un entier positif).`)
  }
  return null
}

/** A JSON body: at most MAX_JSON_BODY_BYTES, valid JSON, and an object (what every create, update and action takes). */
export function checkJsonBody(text: string): Refusal | null {
  // UTF-8 takes at least one byte per UTF-16 unit: only a short text needs encoding to be measured.
  if (text.length > MAX_JSON_BODY_BYTES || new TextEncoder().encode(text).length > MAX_JSON_BODY_BYTES)
    return tooLarge()
  if (text.trim() === '') return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return refusal('body', 'Le corps de la requête n’est pas du JSON valide.')
  }
  if (!isPlainObject(parsed))
    return refusal('body', 'Le corps de la requête doit être un objet JSON : { "champ": valeur, … }.')
  return null
}

export const tooLarge = (): Refusal =>
  refusal('body', `Le corps de la requête dépasse ${MAX_JSON_BODY_BYTES / 1024 / 1024} Mo.`, 413)

/** A sort: field paths, each optionally preceded by `-`. */
export function checkSort(sort: unknown): Refusal | null {
  const items = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : null
  const ok =
    items !== null &&
    items.every((item) => typeof item === 'string' && (item.trim() === '' || /^-?[A-Za-z_][\w.]*$/.test(item.trim())))
  return ok
    ? null
    : refusal(
        'sort',
        'Le paramètre sort doit nommer des champs, séparés par des virgules (précédés de - pour l’ordre décroissant).',
      )
}

/** The message of a number field given something else. */
export const NOT_A_NUMBER = 'Ce champ doit être un nombre, écrit en chiffres (par exemple 12 ou 12.5).'

/**
 * Whether a value sent for a number field is one: a number, nothing (`null`, absent, an empty
 * text, which Payload stores as nothing), or a text that is a whole decimal number (`"12"`,
 * `" -3.5 "`, `"1e3"`). Payload reads a text with `parseFloat`, which takes `"12abc"` for 12 and
 * `"0x1A"` for 0: those are refused, as are `true`, objects and lists.
 */
export function isNumberValue(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value !== 'string') return false
  const text = value.trim()
  return text === '' || (/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text) && Number.isFinite(Number(text)))
}
