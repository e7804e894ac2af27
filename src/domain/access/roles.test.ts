import { describe, expect, it } from 'vitest'

import { hasRole, worksOnAllSites } from './roles'

describe('hasRole', () => {
  it.each([
    [null, ['admin'], false],
    [{ roles: null }, ['admin'], false],
    [{ roles: [] }, ['admin'], false],
    [{ roles: ['teacher', 'donor'] }, ['donor'], true],
    [{ roles: ['teacher'] }, ['admin', 'editor'], false],
    [{ roles: ['coordinator'] }, ['admin', 'coordinator'], true],
  ] as const)('%j has one of %j → %s', (user, roles, expected) => {
    expect(hasRole(user, ...roles)).toBe(expected)
  })
})

describe('worksOnAllSites', () => {
  it('is true for admins and editors only', () => {
    expect(worksOnAllSites({ roles: ['admin'] })).toBe(true)
    expect(worksOnAllSites({ roles: ['editor'] })).toBe(true)
    expect(worksOnAllSites({ roles: ['coordinator', 'moderator'] })).toBe(false)
    expect(worksOnAllSites(undefined)).toBe(false)
  })
})
