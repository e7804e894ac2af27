import { describe, expect, it } from 'vitest'

import { checkDonorSignup, checkTeacherSignup } from './signup'

const valid = {
  firstName: 'Inès',
  lastName: 'Martin',
  email: 'ines.martin@ac-lille.fr',
  password: 'une phrase de passe',
  passwordConfirm: 'une phrase de passe',
}
const domains = ['ac-*.fr']

describe('checkTeacherSignup', () => {
  it('accepts a complete form with an academic address', async () =>
    expect(await checkTeacherSignup(valid, domains)).toEqual({}))
  it('refuses a personal address, naming the accepted domains', async () => {
    expect((await checkTeacherSignup({ ...valid, email: 'ines@gmail.com' }, domains)).email).toMatch(/ac-\*\.fr/)
  })
  it('requires names and an address, listed in the form’s order', async () => {
    const errors = await checkTeacherSignup({ ...valid, firstName: ' ', lastName: '', email: '' }, domains)
    expect(Object.keys(errors)).toEqual(['firstName', 'lastName', 'email'])
  })
  it('applies the password policy', async () => {
    expect(
      (await checkTeacherSignup({ ...valid, password: 'court', passwordConfirm: 'court' }, domains)).password,
    ).toMatch(/12 caractères/)
    expect(
      (await checkTeacherSignup({ ...valid, password: 'motdepasse123', passwordConfirm: 'motdepasse123' }, domains))
        .password,
    ).toMatch(/trop facile à deviner/)
    // The account's own name is a known word.
    const named = {
      ...valid,
      firstName: 'Zoé',
      lastName: 'Brzeczyszczykiewicz',
      email: 'zoe.brzeczyszczykiewicz@ac-lille.fr',
      password: 'brzeczyszczykiewicz',
      passwordConfirm: 'brzeczyszczykiewicz',
    }
    expect((await checkTeacherSignup(named, domains)).password).toMatch(/données personnelles/)
  })
  it('requires the same password twice', async () => {
    expect(await checkTeacherSignup({ ...valid, passwordConfirm: 'une autre phrase' }, domains)).toEqual({
      passwordConfirm: 'Les deux mots de passe ne sont pas identiques.',
    })
  })
  it('limits name lengths', async () =>
    expect((await checkTeacherSignup({ ...valid, lastName: 'x'.repeat(101) }, domains)).lastName).toMatch(/100/))
})

describe('checkDonorSignup', () => {
  it.each([
    ['a personal address', 'damien@gmail.com'],
    ['an academic address', 'ines.martin@ac-lille.fr'],
    ['an address with spaces around', '  damien@exemple.fr '],
  ])('accepts %s', async (_case, email) => expect(await checkDonorSignup({ ...valid, email })).toEqual({}))

  it.each([
    ['no address', '', 'Indiquez votre adresse e-mail.'],
    ['no domain', 'damien@', 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.'],
    ['no top-level domain', 'damien@exemple', 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.'],
    [
      'a space inside',
      'damien martin@exemple.fr',
      'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.',
    ],
    [
      'more than 254 characters',
      `${'d'.repeat(250)}@exemple.fr`,
      'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.',
    ],
  ])('refuses %s', async (_case, email, message) =>
    expect(await checkDonorSignup({ ...valid, email })).toEqual({ email: message }),
  )

  it('applies the same names and password rules as for teachers', async () => {
    const errors = await checkDonorSignup({
      ...valid,
      firstName: '',
      email: 'damien@exemple.fr',
      password: 'court',
      passwordConfirm: 'court',
    })
    expect(errors).toEqual({
      firstName: 'Indiquez votre prénom.',
      password: 'Le mot de passe doit contenir au moins 12 caractères.',
    })
  })
})
