import { describe, expect, it } from 'vitest'

import {
  checkJsonBody,
  checkListParams,
  checkSort,
  checkWhere,
  checkWhereString,
  isNumberValue,
  MAX_JSON_BODY_BYTES,
} from './request-limits'

describe('checkListParams', () => {
  it.each([
    [
      { page: '1', limit: '10', depth: '2' },
      { rewrite: {}, dropPagination: false },
    ],
    [{ limit: '0' }, { rewrite: { limit: '100' }, dropPagination: false }],
    [{ limit: '100' }, { rewrite: {}, dropPagination: false }],
    [{ limit: '101' }, { rewrite: { limit: '100' }, dropPagination: false }],
    [{ depth: '10' }, { rewrite: { depth: '3' }, dropPagination: false }],
    [{ pagination: 'false' }, { rewrite: {}, dropPagination: true }],
  ])('%j is served as %j', (params, expected) => expect(checkListParams(params)).toEqual(expected))

  it.each([
    [{ page: '-1' }, 'page'],
    [{ page: '0' }, 'page'],
    [{ page: '100001' }, 'page'],
    [{ page: 'abc' }, 'page'],
    [{ limit: '1e400' }, 'limit'],
    [{ limit: '-5' }, 'limit'],
    [{ limit: '1.5' }, 'limit'],
    [{ limit: ['1', '2'] }, 'limit'],
    [{ depth: '-1' }, 'depth'],
    [{ depth: { a: '1' } }, 'depth'],
    [{ pagination: 'maybe' }, 'pagination'],
  ])('%j is refused on %s', (params, param) => {
    const checked = checkListParams(params)
    expect('refusal' in checked && checked.refusal).toMatchObject({ status: 400, param })
  })
})

describe('checkWhere', () => {
  const idOf = (path: string) => (path === 'id' || path === 'owner' ? 'id' : 'other')
  it.each([
    [{}],
    [{ title: { equals: 'x' } }],
    [{ id: { in: '1,2,3' } }],
    [{ id: { in: ['1', '2'] } }],
    [{ owner: { equals: 5 } }],
    [{ owner: { equals: 'null' } }],
    [{ or: [{ title: { like: 'a' } }, { and: [{ id: { greater_than: '3' } }] }] }],
    [{ createdAt: { exists: 'true' } }],
    [{ title: { not_in: [] } }],
  ])('accepts %j', (where) => expect(checkWhere(where, idOf)).toBeNull())

  it.each([
    ['junk', 'where doit être un objet'],
    [[{ id: { equals: 1 } }], 'where doit être un objet'],
    [{ id: 'abc' }, 'doit préciser un opérateur'],
    [{ id: { foo: '1' } }, 'L’opérateur de where[id][foo] n’existe pas'],
    [{ id: { near: '1,2' } }, 'L’opérateur de where[id][near] n’existe pas'],
    [{ id: { in: 'abc' } }, 'La valeur « abc » de where[id][in] n’est pas un identifiant'],
    [{ id: { equals: '1e99' } }, 'n’est pas un identifiant'],
    [{ owner: { equals: '-3' } }, 'n’est pas un identifiant'],
    [{ id: { in: [{ x: '1' }] } }, 'pas un objet'],
    [{ title: { equals: 'a\u0000b' } }, 'caractère nul'],
    [{ title: { exists: 'maybe' } }, 'vaut true ou false'],
    [{ and: 'x' }, 'doit être une liste de conditions'],
    [{ and: [{ or: [{ and: [{ or: [{ and: [{ or: [{ id: { equals: 1 } }] }] }] }] }] }] }, 'plus de 5 niveaux'],
    [{ or: Array.from({ length: 51 }, () => ({ title: { equals: 'x' } })) }, 'plus de 50 conditions'],
  ])('refuses %j', (where, message) => expect(checkWhere(where, idOf)?.message).toContain(message))

  it('a JSON where is an object', () => {
    expect(checkWhereString('{"id":{"equals":1}}')).toBeNull()
    for (const junk of ['junk', '[]', '1', 'null', '{']) expect(checkWhereString(junk)?.param).toBe('where')
  })
})

describe('checkJsonBody', () => {
  it.each([['{}'], ['{"title":"x"}'], [''], ['  ']])('accepts %j', (text) => expect(checkJsonBody(text)).toBeNull())
  it.each([
    ['[]', 400],
    ['"x"', 400],
    ['null', 400],
    ['5', 400],
    ['{', 400],
    [`{"a":"${'x'.repeat(MAX_JSON_BODY_BYTES)}"}`, 413],
    [`{"a":"${'é'.repeat(MAX_JSON_BODY_BYTES / 2)}"}`, 413],
  ])('refuses %#', (text, status) => expect(checkJsonBody(text)?.status).toBe(status))
})

describe('checkSort', () => {
  it.each([['title'], ['-createdAt'], ['title,-id'], [['a', '-b']], ['owner.name'], ['']])('accepts %j', (sort) =>
    expect(checkSort(sort)).toBeNull(),
  )
  it.each([['ti tle'], ['%00'], ['\u0000'], ['-'], [5], [{ a: 1 }]])('refuses %j', (sort) =>
    expect(checkSort(sort)?.param).toBe('sort'),
  )
})

describe('isNumberValue', () => {
  it.each([[12], [-3.5], [0], [null], [undefined], [''], ['  '], ['12'], [' -3.5 '], ['+4'], ['.5'], ['1e3'], ['12.']])(
    'accepts %j',
    (value) => {
      expect(isNumberValue(value)).toBe(true)
    },
  )
  it.each([
    ['12abc'],
    ['0x1A'],
    ['1,5'],
    ['12 13'],
    ['abc'],
    ['NaN'],
    ['Infinity'],
    ['1e400'],
    [true],
    [{ value: 1 }],
    [[1]],
    [Number.NaN],
  ])('refuses %j', (value) => {
    expect(isNumberValue(value)).toBe(false)
  })
})
