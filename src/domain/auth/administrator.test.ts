import { describe, expect, it } from 'vitest'

import { checkAdministrator, withAdminRole } from './administrator'

describe('checkAdministrator', () => {
  it.each([
    [
      { email: ' Alice.Martin@GIP.example.fr ' },
      {
        ok: true,
        admin: { email: 'alice.martin@gip.example.fr', firstName: undefined, lastName: undefined, password: undefined },
      },
    ],
    [
      { email: 'a@gip.fr', name: '  Alice   de  la Tour ' },
      { ok: true, admin: { email: 'a@gip.fr', firstName: 'Alice', lastName: 'de la Tour', password: undefined } },
    ],
    [
      { email: 'a@gip.fr', name: 'Alice' },
      { ok: true, admin: { email: 'a@gip.fr', firstName: 'Alice', lastName: undefined, password: undefined } },
    ],
    [
      { email: 'a@gip.fr', password: 'douze-caract' },
      { ok: true, admin: { email: 'a@gip.fr', firstName: undefined, lastName: undefined, password: 'douze-caract' } },
    ],
  ])('accepts %j', async (request, expected) => {
    expect(await checkAdministrator(request)).toEqual(expected)
  })

  it.each([
    [{ email: 'pas-une-adresse' }, 'email', 'Adresse e-mail invalide : « pas-une-adresse ».'],
    [{ email: ' ' }, 'email', 'Indiquez l’adresse e-mail de l’administrateur (--email).'],
    [
      { email: 'a@gip.fr', name: 'A'.repeat(101) },
      'name',
      'Le prénom et le nom ne doivent pas dépasser 100 caractères chacun.',
    ],
    // The admin's own rules: 12 characters at least (11 refused), not only spaces, hard to guess.
    [
      { email: 'a@gip.fr', password: 'onze-caract' },
      'password',
      'Le mot de passe doit contenir au moins 12 caractères.',
    ],
    [
      { email: 'a@gip.fr', password: ' '.repeat(12) },
      'password',
      'Le mot de passe ne peut pas être composé uniquement d’espaces.',
    ],
    [
      { email: 'a@gip.fr', password: 'password1234' },
      'password',
      expect.stringMatching(/^Ce mot de passe est trop facile à deviner\./),
    ],
    [
      { email: 'alice.brzeczyszczykiewicz@gip.fr', password: 'brzeczyszczykiewicz' },
      'password',
      expect.stringMatching(/données personnelles/),
    ],
  ])('refuses %j on %s', async (request, field, message) => {
    expect(await checkAdministrator(request)).toEqual({ ok: false, field, message })
  })
})

describe('withAdminRole', () => {
  it.each([
    [['donor'], ['donor', 'admin']],
    [
      ['admin', 'editor'],
      ['admin', 'editor'],
    ],
    [[], ['admin']],
    [null, ['admin']],
  ])('%j → %j', (roles, expected) => {
    expect(withAdminRole(roles)).toEqual(expected)
  })
})
