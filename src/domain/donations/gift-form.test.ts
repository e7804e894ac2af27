import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { parseGiftForm } from './gift-form'
import { isValidSiren } from './siren'

const individual = {
  amount: '30',
  donorType: 'individual',
  firstName: 'Damien',
  lastName: 'Martin',
  email: 'Damien@Example.org ',
  address: '3 rue des Lilas',
  postcode: '95100',
  city: 'Argenteuil',
  paymentMethod: 'card',
  failureChoice: 'solidarity',
}

describe('parseGiftForm', () => {
  it('reads an individual gift', () => {
    const result = parseGiftForm({ ...individual, wantsReceipt: 'on', display: 'anonymous' })
    expect(result).toMatchObject({
      ok: true,
      gift: {
        amountCents: 3_000,
        email: 'damien@example.org',
        wantsReceipt: true,
        display: 'anonymous',
        hideAmount: false,
        failureChoice: 'solidarity',
        country: 'France',
      },
    })
  })
  it('keeps "I will choose later" as no choice', () => {
    expect(parseGiftForm({ ...individual, failureChoice: 'later' })).toMatchObject({
      ok: true,
      gift: { failureChoice: null },
    })
  })
  it('puts each problem on its field', () => {
    const result = parseGiftForm({
      ...individual,
      wantsReceipt: 'on',
      amount: 'trente',
      email: 'pas-une-adresse',
      postcode: '',
      paymentMethod: 'bitcoin',
    })
    expect(result.ok).toBe(false)
    expect(Object.keys(result.ok ? {} : result.errors).sort()).toEqual(['amount', 'email', 'paymentMethod', 'postcode'])
  })
  it('asks the postal address only for a tax receipt, and keeps none without one', () => {
    const noAddress = { ...individual, address: '', postcode: '', city: '' }
    expect(parseGiftForm(noAddress)).toMatchObject({
      ok: true,
      gift: { wantsReceipt: false, address: undefined, postcode: undefined, city: undefined, country: undefined },
    })
    expect(parseGiftForm(individual)).toMatchObject({
      ok: true,
      gift: { address: undefined, postcode: undefined, city: undefined },
    })
    expect(parseGiftForm({ ...noAddress, wantsReceipt: 'on' })).toEqual({
      ok: false,
      errors: {
        address: 'Indiquez votre adresse : elle doit figurer sur le reçu fiscal.',
        postcode: 'Indiquez un code postal valide : il doit figurer sur le reçu fiscal.',
        city: 'Indiquez votre commune : elle doit figurer sur le reçu fiscal.',
      },
    })
    expect(parseGiftForm({ ...individual, wantsReceipt: 'on' })).toMatchObject({
      ok: true,
      gift: { address: '3 rue des Lilas', postcode: '95100', city: 'Argenteuil', country: 'France' },
    })
  })
  it('requires the company’s name, legal form and a valid SIREN', () => {
    const result = parseGiftForm({ ...individual, donorType: 'company', siren: '123456789' })
    expect(result.ok ? {} : result.errors).toMatchObject({
      companyName: expect.any(String),
      legalForm: expect.any(String),
      siren: expect.stringContaining('SIREN'),
    })
    expect(
      parseGiftForm({
        ...individual,
        donorType: 'company',
        companyName: 'Boulangerie Martin',
        legalForm: 'SARL',
        siren: '732 829 320',
        counterpart: 'Logo sur le bus',
      }),
    ).toMatchObject({
      ok: true,
      gift: { siren: '732829320', companyName: 'Boulangerie Martin', counterpart: 'Logo sur le bus' },
    })
  })
  it('drops company fields from an individual gift', () => {
    expect(parseGiftForm({ ...individual, companyName: 'X', siren: '732829320', counterpart: 'Y' })).toMatchObject({
      ok: true,
      gift: { companyName: undefined, siren: undefined, counterpart: undefined },
    })
  })
  it('answers in French on the field for any crafted choice', () => {
    const junk = '<script>alert(1)</script>'
    const result = parseGiftForm({
      ...individual,
      donorType: junk,
      display: junk,
      failureChoice: junk,
      paymentMethod: junk,
    })
    expect(result).toEqual({
      ok: false,
      errors: {
        donorType: 'Indiquez si vous donnez en tant que particulier ou entreprise.',
        display: 'Choisissez ce que la page du projet affiche : votre nom ou « Anonyme ».',
        failureChoice: 'Choisissez ce que devient votre don si la collecte échoue.',
        paymentMethod: 'Choisissez un moyen de paiement.',
      },
    })
  })

  it('takes the amount typed, else the suggested amount chosen', () => {
    expect(parseGiftForm({ ...individual, amount: '', suggestedAmount: '50' })).toMatchObject({
      ok: true,
      gift: { amountCents: 5_000 },
    })
    expect(parseGiftForm({ ...individual, amount: '35', suggestedAmount: '50' })).toMatchObject({
      ok: true,
      gift: { amountCents: 3_500 },
    })
    expect(parseGiftForm({ ...individual, amount: ' ', suggestedAmount: '5' })).toMatchObject({
      ok: false,
      errors: { amount: expect.stringMatching(/^Le don minimum est de 10\s€\.$/) },
    })
    expect(parseGiftForm({ ...individual, amount: '', suggestedAmount: '<b>' })).toMatchObject({
      ok: false,
      errors: { amount: expect.stringMatching(/^Indiquez un montant/) },
    })
  })
  it('requires an amount', () =>
    expect(parseGiftForm({ ...individual, amount: '' })).toMatchObject({
      ok: false,
      errors: { amount: 'Indiquez le montant de votre don.' },
    }))
})

describe('parseGiftForm: the amount', () => {
  const amountOf = (amount: string) => {
    const result = parseGiftForm({ ...individual, amount })
    return result.ok ? result.gift.amountCents : result.errors.amount?.replace(/\s/g, ' ')
  }
  const MAXIMUM = 'Le don maximum en ligne est de 100 000 € : pour un don plus important, écrivez-nous.'
  const NOT_AN_AMOUNT = 'Indiquez un montant en euros, au centime près, par exemple 30 ou 25,50.'
  it.each([
    ['25,50', 2_550],
    ['25.5', 2_550],
    ['1 250', 125_000],
    ['10', 1_000],
    ['100 000', 10_000_000],
    ['100000,01', MAXIMUM],
    ['99999999999999999999', MAXIMUM],
    ['9'.repeat(400), MAXIMUM],
    ['9,99', 'Le don minimum est de 10 €.'],
    ['0', 'Le don minimum est de 10 €.'],
    ['-50', 'Indiquez un montant positif, par exemple 30 ou 25,50.'],
    ['−50', 'Indiquez un montant positif, par exemple 30 ou 25,50.'],
    ['25,505', NOT_AN_AMOUNT],
    ['trente', NOT_AN_AMOUNT],
    ['1e3', NOT_AN_AMOUNT],
    ['Infinity', NOT_AN_AMOUNT],
    ['0x20', NOT_AN_AMOUNT],
  ])('%s → %s', (amount, expected) => expect(amountOf(amount)).toBe(expected))

  it('whatever is typed, is a whole number of cents between 10 € and 100,000 €, or a message on the amount', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^-?\d{0,30}([.,]\d{0,4})?$/)), (amount) => {
        const result = parseGiftForm({ ...individual, amount })
        if (result.ok) {
          expect(Number.isSafeInteger(result.gift.amountCents)).toBe(true)
          expect(result.gift.amountCents).toBeGreaterThanOrEqual(1_000)
          expect(result.gift.amountCents).toBeLessThanOrEqual(10_000_000)
        } else {
          expect(Object.keys(result.errors)).toEqual(['amount'])
          expect(result.errors.amount).toMatch(/^(Indiquez|Le don)/)
        }
      }),
      { numRuns: 500 },
    )
  })
})

describe('isValidSiren', () => {
  it.each(['732829320', '552 100 554', '443061841'])('accepts %s', (siren) => expect(isValidSiren(siren)).toBe(true))
  it.each(['732829321', '12345678', '1234567890', 'abcdefghi', ''])('refuses %s', (siren) =>
    expect(isValidSiren(siren)).toBe(false),
  )
})
