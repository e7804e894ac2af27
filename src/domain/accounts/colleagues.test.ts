import { describe, expect, it } from 'vitest'

import { namedAccountRoles } from './colleagues'

describe('namedAccountRoles', () => {
  it('lets the staff name each other', () =>
    expect(namedAccountRoles({ roles: ['coordinator'] })).toEqual([
      'admin',
      'editor',
      'moderator',
      'coordinator',
      'structure-manager',
      'sponsor',
    ]))
  it('lets moderators name the teachers too', () =>
    expect(namedAccountRoles({ roles: ['moderator'] })).toContain('teacher'))
  it.each([[{ roles: ['teacher'] }], [{ roles: ['donor'] }], [null]])('names nobody for %o', (reader) =>
    expect(namedAccountRoles(reader)).toEqual([]),
  )
  it('never names donors', () => expect(namedAccountRoles({ roles: ['moderator', 'admin'] })).not.toContain('donor'))
})
