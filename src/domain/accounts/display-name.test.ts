import { describe, expect, it } from 'vitest'

import { displayNameOf } from './display-name'

describe('displayNameOf', () => {
  it.each([
    [{ firstName: 'Léa', lastName: 'Martin', email: 'lea@x.fr', roles: ['moderator'] }, 'Léa Martin · Modération'],
    [{ firstName: ' Léa ', lastName: null, email: 'lea@x.fr', roles: ['donor', 'admin'] }, 'Léa · Administration'],
    [{ firstName: '', lastName: '', email: 'anonyme@x.fr', roles: ['donor'] }, 'a…@x.fr · Donateur'],
    [{ email: 'x@x.fr', roles: [] }, 'x…@x.fr'],
    [{}, 'Compte sans nom'],
  ])('%o → %s', (account, name) => expect(displayNameOf(account)).toBe(name))
})
