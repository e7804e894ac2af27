import { describe, expect, it } from 'vitest'

import { DEFAULT_ACADEMIC_DOMAINS, emailDomain, isAcademicEmail } from './academic-email'

describe('isAcademicEmail', () => {
  it.each([
    'claire.martin@ac-versailles.fr',
    'Claire.Martin@AC-Lille.FR',
    'paul@ac-aix-marseille.fr',
    'hina@ac-polynesie.pf',
    'dir@education.gouv.fr',
    'prof@educagri.fr',
  ])('accepts %s', (email) => expect(isAcademicEmail(email, DEFAULT_ACADEMIC_DOMAINS)).toBe(true))

  it.each([
    'claire@gmail.com',
    'claire@ac-.fr',
    'claire@mail.ac-lyon.fr',
    'claire@ac-lyon.fr.evil.com',
    'claire@ac-lyon.com',
    'claire@education.gouv.fr.example',
    'not-an-address',
    'claire@',
    '',
  ])('refuses %s', (email) => expect(isAcademicEmail(email, DEFAULT_ACADEMIC_DOMAINS)).toBe(false))

  it('follows the configured list only', () => {
    expect(isAcademicEmail('a@ecole.example', ['ecole.example'])).toBe(true)
    expect(isAcademicEmail('a@ac-lyon.fr', ['ecole.example'])).toBe(false)
    expect(isAcademicEmail('a@ac-lyon.fr', [])).toBe(false)
  })

  it('treats dots in patterns literally', () => {
    expect(isAcademicEmail('a@educagrixfr', ['educagri.fr'])).toBe(false)
  })
})

describe('emailDomain', () => {
  it('lower-cases the domain', () => expect(emailDomain(' A@Ac-Lyon.FR ')).toBe('ac-lyon.fr'))
  it('returns null for a non-address', () => expect(emailDomain('a b@c.fr')).toBeNull())
})
