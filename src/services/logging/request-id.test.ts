import { describe, expect, it } from 'vitest'

import { requestIdOf } from './request-id'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('requestIdOf', () => {
  it.each([
    ['a UUID', '0b6f5c1e-3f4a-4d2b-9a51-2f1d0c9e8b7a'],
    ['a load balancer trace id', 'Root=1-67891233-abcdef012345678912345678'],
    ['128 characters', 'a'.repeat(128)],
  ])('keeps %s', (_case, id) => expect(requestIdOf(id)).toBe(id))

  it.each([
    ['no header', null],
    ['an empty header', ''],
    ['129 characters', 'a'.repeat(129)],
    ['spaces', 'an id'],
    ['a line break (log injection)', 'id\n{"level":"error"}'],
    ['quotes', 'id"'],
  ])('replaces %s with a new UUID', (_case, id) => expect(requestIdOf(id)).toMatch(UUID))

  it('generates a different id each time', () => expect(requestIdOf(null)).not.toBe(requestIdOf(null)))
})
