import { describe, expect, it } from 'vitest'

import { checkPassword } from './password-policy'

describe('checkPassword', () => {
  it.each([
    ['11 characters', 'a'.repeat(11), 'Le mot de passe doit contenir au moins 12 caractères.'],
    ['12 characters', 'a'.repeat(12), null],
    ['12 accented characters', 'é'.repeat(12), null],
    ['11 emoji (22 UTF-16 units)', '🔒'.repeat(11), 'Le mot de passe doit contenir au moins 12 caractères.'],
    ['128 characters', 'a'.repeat(128), null],
    ['129 characters', 'a'.repeat(129), 'Le mot de passe doit contenir au plus 128 caractères.'],
    ['only spaces', ' '.repeat(14), 'Le mot de passe ne peut pas être composé uniquement d’espaces.'],
  ])('%s', (_label, password, expected) => {
    expect(checkPassword(password)).toBe(expected)
  })
})
