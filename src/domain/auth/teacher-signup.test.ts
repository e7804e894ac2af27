import { describe, expect, it } from 'vitest'

import { checkTeacherSignup } from './teacher-signup'

const valid = { firstName: 'Inès', lastName: 'Martin', email: 'ines.martin@ac-lille.fr', password: 'une phrase de passe', passwordConfirm: 'une phrase de passe' }
const domains = ['ac-*.fr']

describe('checkTeacherSignup', () => {
  it('accepts a complete form with an academic address', () => expect(checkTeacherSignup(valid, domains)).toEqual({}))
  it('refuses a personal address, naming the accepted domains', () => {
    expect(checkTeacherSignup({ ...valid, email: 'ines@gmail.com' }, domains).email).toMatch(/ac-\*\.fr/)
  })
  it('requires names and an address', () => {
    const errors = checkTeacherSignup({ ...valid, firstName: ' ', lastName: '', email: '' }, domains)
    expect(Object.keys(errors).sort()).toEqual(['email', 'firstName', 'lastName'])
  })
  it('applies the password policy', () => {
    expect(checkTeacherSignup({ ...valid, password: 'court', passwordConfirm: 'court' }, domains).password).toMatch(/12 caractères/)
  })
  it('requires the same password twice', () => {
    expect(checkTeacherSignup({ ...valid, passwordConfirm: 'une autre phrase' }, domains)).toEqual({ passwordConfirm: 'Les deux mots de passe ne sont pas identiques.' })
  })
  it('limits name lengths', () => expect(checkTeacherSignup({ ...valid, lastName: 'x'.repeat(101) }, domains).lastName).toMatch(/100/))
})
