import {
  APIError,
  type CollectionBeforeOperationHook,
  type Field,
  type FlattenedField,
  type GlobalBeforeOperationHook,
  type Payload,
  type Plugin,
  type SanitizedCollectionConfig,
  type Validate,
  ValidationError,
} from 'payload'
import { code, email, text, textarea } from 'payload/shared'

import {
  NOT_A_NUMBER,
  checkSort,
  checkWhere,
  isNumberValue,
  type PathKind,
  type Refusal,
} from '@/domain/api/request-limits'

/**
 * Hardening of what clients send (issue 16), for every collection, plugins' included (this plugin
 * comes last):
 *
 * - `refuseMalformedQueries`: a REST or GraphQL query's `where` (known operators, ids that are
 *   ids, no objects or NUL characters as values) and `sort`; and no filter or sort on a hidden
 *   field (password hash and salt, reset and verification tokens, lock state…) through any
 *   relationship (`sort=owner.hash`), for everyone. Local API calls (our own code) are not checked.
 * - text fields (text, textarea, email, code) refuse what is not text (`{"title": 123}` is not
 *   stored as "123"), on the field, in French, whatever the API.
 * - number fields refuse what is not a number (`{"nights": "12abc"}`, which Payload reads with
 *   `parseFloat` as 12), on the field, in French, before Payload converts anything
 *   (`refuseMalformedNumbers`); the Local API (our own code) is not checked.
 */
export const apiHardening: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    fields: strictTextFields(collection.fields),
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    fields: strictTextFields(global.fields),
    hooks: {
      ...global.hooks,
      beforeOperation: [refuseMalformedGlobalNumbers, ...(global.hooks?.beforeOperation ?? [])],
    },
  })),
  // Payload adds its own collections (jobs, preferences, locked documents, key-value) after the
  // plugins: the query hook is put first on every collection once the config is complete.
  onInit: async (payload) => {
    for (const { config: collection } of Object.values(payload.collections)) {
      const hooks = collection.hooks.beforeOperation ?? []
      if (!hooks.includes(refuseMalformedQueries))
        collection.hooks.beforeOperation = [refuseMalformedQueries, refuseMalformedNumbers, ...hooks]
    }
    await config.onInit?.(payload)
  },
})

/** Fields of an auth collection that hold secrets or security state, hidden or not. */
const SECRET_FIELDS = new Set([
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'lockUntil',
  'loginAttempts',
  'apiKey',
  'apiKeyIndex',
  'sessions',
])

const refuseMalformedQueries: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payloadAPI === 'local') return args
  const { where, sort } = args as { where?: unknown; sort?: unknown }
  const resolve = (path: string) => resolvePath(req.payload, collection, path)
  if (where !== undefined && where !== null) {
    const kindOf: PathKind = (path) => (resolve(path).idLike ? 'id' : 'other')
    refuseIf(checkWhere(where, kindOf))
    for (const path of wherePaths(where)) {
      if (resolve(path).hidden)
        refuseIf({
          status: 400,
          param: 'where',
          message: `Le champ « ${path} » ne peut servir ni de filtre ni de tri.`,
        })
    }
  }
  if (sort !== undefined && sort !== null && sort !== '') {
    refuseIf(checkSort(sort))
    const items = (typeof sort === 'string' ? sort.split(',') : (sort as string[]))
      .map((s) => s.trim().replace(/^-/, ''))
      .filter(Boolean)
    for (const path of items) {
      if (resolve(path).hidden)
        refuseIf({ status: 400, param: 'sort', message: `Le champ « ${path} » ne peut servir ni de filtre ni de tri.` })
    }
  }
  return args
}

/** A create's or an update's number fields, as sent (REST, GraphQL, the admin), before Payload reads them with `parseFloat`. */
const refuseMalformedNumbers: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local' || !['create', 'update', 'updateByID'].includes(operation)) return args
  refuseNumbersIn(collection.fields, (args as { data?: unknown }).data, { collection: collection.slug })
  return args
}

const refuseMalformedGlobalNumbers: GlobalBeforeOperationHook = ({ args, global, req }) => {
  if (req.payloadAPI === 'local') return args
  refuseNumbersIn(global.fields, (args as { data?: unknown }).data, { global: global.slug })
  return args
}

function refuseNumbersIn(fields: Field[], data: unknown, owner: { collection: string } | { global: string }): void {
  const paths = malformedNumberPaths(fields, data, '')
  if (paths.length)
    throw new ValidationError({ ...owner, errors: paths.map((path) => ({ path, message: NOT_A_NUMBER })) })
}

/** The paths of number fields (at any depth: groups, tabs, rows, arrays, blocks) whose value is not a number. */
function malformedNumberPaths(fields: Field[], data: unknown, prefix: string): string[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return []
  const values = data as Record<string, unknown>
  return fields.flatMap((field): string[] => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? malformedNumberPaths(tab.fields, values[tab.name], `${prefix}${tab.name}.`)
          : malformedNumberPaths(tab.fields, data, prefix),
      )
    if (!('name' in field) || !field.name)
      return 'fields' in field && Array.isArray(field.fields) ? malformedNumberPaths(field.fields, data, prefix) : []
    const value = values[field.name]
    const path = `${prefix}${field.name}`
    if (field.type === 'number') {
      if (value === undefined || value === null) return []
      const items = field.hasMany && Array.isArray(value) ? value : [value]
      return items.every(isNumberValue) ? [] : [path]
    }
    if (field.type === 'group') return malformedNumberPaths(field.fields, value, `${path}.`)
    if (field.type === 'array' && Array.isArray(value))
      return value.flatMap((row, i) => malformedNumberPaths(field.fields, row, `${path}.${i}.`))
    if (field.type === 'blocks' && Array.isArray(value)) {
      return value.flatMap((row, i) => {
        const block = (field.blocks ?? []).find(
          (b) => typeof b === 'object' && b.slug === (row as { blockType?: unknown } | null)?.blockType,
        )
        return block ? malformedNumberPaths(block.fields, row, `${path}.${i}.`) : []
      })
    }
    return []
  })
}

function refuseIf(refusal: Refusal | null): void {
  if (refusal)
    throw new APIError(
      refusal.message,
      refusal.status,
      { errors: [{ path: refusal.param, message: refusal.message }] },
      true,
    )
}

function wherePaths(where: unknown): string[] {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return []
  return Object.entries(where as Record<string, unknown>).flatMap(([key, value]) =>
    ['and', 'or'].includes(key.toLowerCase()) && Array.isArray(value) ? value.flatMap(wherePaths) : [key],
  )
}

/**
 * What a dotted path goes through, from a collection: whether it passes a hidden or secret field
 * (through relationships, groups, arrays and named tabs), and whether it ends on an id (`id`,
 * `owner.id`, or a relationship to one collection, whose value is an id).
 */
function resolvePath(
  payload: Payload,
  collection: SanitizedCollectionConfig,
  path: string,
): { hidden: boolean; idLike: boolean } {
  const segments = path.replace(/__/g, '.').split('.')
  // Versions' paths start with `version.` (findVersions, drafts).
  if (segments[0] === 'version' && !collection.flattenedFields.some((f) => f.name === 'version')) segments.shift()
  let fields: FlattenedField[] = collection.flattenedFields
  let idLike = false
  for (const [i, segment] of segments.entries()) {
    if (segment === 'id' || segment === '_id') return { hidden: false, idLike: i === segments.length - 1 }
    const field = fields.find((f) => f.name === segment)
    if (!field) return { hidden: SECRET_FIELDS.has(segment), idLike: false }
    if (field.hidden === true || SECRET_FIELDS.has(segment)) return { hidden: true, idLike: false }
    idLike = false
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      fields = payload.collections[field.relationTo]?.config.flattenedFields ?? []
      idLike = true
    } else if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      fields = field.flattenedFields
    } else {
      return { hidden: false, idLike: false }
    }
  }
  return { hidden: false, idLike }
}

const STRING_VALIDATORS = { text, textarea, email, code } as unknown as Record<string, Validate>
const NOT_TEXT = 'Ce champ doit être du texte.'

const isText = (value: unknown, hasMany: unknown) =>
  hasMany === true && Array.isArray(value) ? value.every((v) => typeof v === 'string') : typeof value === 'string'

/** Text fields (at any depth) whose validation first refuses anything but text; their own or Payload's validation follows. */
function strictTextFields(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if ('type' in field && field.type in STRING_VALIDATORS && !('virtual' in field && field.virtual)) {
      const validate = ((field as { validate?: Validate }).validate ?? STRING_VALIDATORS[field.type]) as Validate
      const strict: Validate = (value, options) =>
        value === undefined || value === null || isText(value, (options as { hasMany?: unknown }).hasMany)
          ? validate(value, options)
          : NOT_TEXT
      return { ...field, validate: strict } as Field
    }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: strictTextFields(tab.fields) })) }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: strictTextFields(block.fields) })),
      }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: strictTextFields(field.fields) } as Field
    return field
  })
}
