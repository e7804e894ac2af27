import { describe, expect, it } from 'vitest'

import { checkPassword } from './password-policy'

const TOO_EASY =
  /^Ce mot de passe est trop facile à deviner\..* Choisissez par exemple trois ou quatre mots sans rapport entre eux/

describe('checkPassword: length', () => {
  it.each([
    ['11 characters', 'vélo-pluie1', 'Le mot de passe doit contenir au moins 12 caractères.'],
    ['12 characters', 'vélo-pluie-7', null],
    ['12 accented characters', 'éàùçâêîôûëïü', null],
    ['11 emoji (22 UTF-16 units)', '🔒'.repeat(11), 'Le mot de passe doit contenir au moins 12 caractères.'],
    ['128 characters', 'cheval-Orage-Tulipe-93-'.repeat(6).slice(0, 128), null],
    [
      '129 characters',
      'cheval-Orage-Tulipe-93-'.repeat(6).slice(0, 129),
      'Le mot de passe doit contenir au plus 128 caractères.',
    ],
    ['only spaces', ' '.repeat(14), 'Le mot de passe ne peut pas être composé uniquement d’espaces.'],
  ])('%s', async (_label, password, expected) => {
    expect(await checkPassword(password)).toBe(expected)
  })
})

describe('checkPassword: strength', () => {
  it.each([
    ['a common password with digits', 'password1234'],
    ['a French keyboard walk', 'azerty123456'],
    ['the French word for password', 'motdepasse123'],
    ['the portal’s name', 'portail2026!'],
    ['the portal’s full name', 'portaildugip2026'],
    ['the TNE site’s name', 'parentalite2026'],
    ['a repeated character', 'aaaaaaaaaaaa'],
    ['a repeated accented character', 'éééééééééééé'],
    ['a French word and a year', 'marseille2024'],
    ['a greeting and digits', 'bonjour123456'],
    ['predictable substitutions', 'P@ssw0rd2024!'],
    ['a keyboard row', 'azertyuiop123'],
    ['an English common password', 'iloveyou1234'],
  ])('refuses %s (%s), in French, with advice', async (_label, password) => {
    expect(await checkPassword(password)).toMatch(TOO_EASY)
  })

  it('says why when the estimator knows', async () => {
    expect(await checkPassword('azerty123456')).toMatch(/couramment utilisé\./)
  })

  it('counts the site’s words and the account’s own e-mail and names as known words', async () => {
    expect(await checkPassword('Parentalite2026')).toMatch(/données personnelles ou liées au site\./)
    expect(await checkPassword('zoe.brzeczyszczykiewicz')).toBeNull()
    expect(
      await checkPassword('zoe.brzeczyszczykiewicz', ['zoe.brzeczyszczykiewicz@ac-lille.fr', 'Zoé', null]),
    ).toMatch(TOO_EASY)
  })

  it.each([
    ['a passphrase', 'une phrase de passe solide'],
    ['words joined by hyphens', 'Soleil-Printemps-42'],
    ['random characters', 'xK9#mQ2$vL7p'],
    ['the demo accounts’ password', 'demo-portail-2026'],
    ['the tests’ password', 'mot-de-passe-de-test-2026'],
  ])('accepts %s', async (_label, password) => {
    expect(await checkPassword(password)).toBeNull()
  })
})
