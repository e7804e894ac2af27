import { describe, expect, it } from 'vitest'

import { parseGiftForm } from './gift-form'
import { isValidSiren } from './siren'

const individual = { amount: '30', donorType: 'individual', firstName: 'Damien', lastName: 'Martin', email: 'Damien@Example.org ', address: '3 rue des Lilas', postcode: '95100', city: 'Argenteuil', paymentMethod: 'card', failureChoice: 'solidarity' }

describe('parseGiftForm', () => {
  it('reads an individual gift', () => {
    const result = parseGiftForm({ ...individual, wantsReceipt: 'on', display: 'anonymous' })
    expect(result).toMatchObject({ ok: true, gift: { amountCents: 3_000, email: 'damien@example.org', wantsReceipt: true, display: 'anonymous', hideAmount: false, failureChoice: 'solidarity', country: 'France' } })
  })
  it('keeps "I will choose later" as no choice', () => {
    expect(parseGiftForm({ ...individual, failureChoice: 'later' })).toMatchObject({ ok: true, gift: { failureChoice: null } })
  })
  it('puts each problem on its field', () => {
    const result = parseGiftForm({ ...individual, amount: 'trente', email: 'pas-une-adresse', postcode: '', paymentMethod: 'bitcoin' })
    expect(result.ok).toBe(false)
    expect(Object.keys(result.ok ? {} : result.errors).sort()).toEqual(['amount', 'email', 'paymentMethod', 'postcode'])
  })
  it('requires the company’s name, legal form and a valid SIREN', () => {
    const result = parseGiftForm({ ...individual, donorType: 'company', siren: '123456789' })
    expect(result.ok ? {} : result.errors).toMatchObject({ companyName: expect.any(String), legalForm: expect.any(String), siren: expect.stringContaining('SIREN') })
    expect(parseGiftForm({ ...individual, donorType: 'company', companyName: 'Boulangerie Martin', legalForm: 'SARL', siren: '732 829 320', counterpart: 'Logo sur le bus' })).toMatchObject({
      ok: true,
      gift: { siren: '732829320', companyName: 'Boulangerie Martin', counterpart: 'Logo sur le bus' },
    })
  })
  it('drops company fields from an individual gift', () => {
    expect(parseGiftForm({ ...individual, companyName: 'X', siren: '732829320', counterpart: 'Y' })).toMatchObject({ ok: true, gift: { companyName: undefined, siren: undefined, counterpart: undefined } })
  })
  it('answers in French on the field for any crafted choice', () => {
    const junk = '<script>alert(1)</script>'
    const result = parseGiftForm({ ...individual, donorType: junk, display: junk, failureChoice: junk, paymentMethod: junk })
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

  it('requires an amount', () => expect(parseGiftForm({ ...individual, amount: '' })).toMatchObject({ ok: false, errors: { amount: 'Indiquez le montant de votre don.' } }))
})

describe('isValidSiren', () => {
  it.each(['732829320', '552 100 554', '443061841'])('accepts %s', (siren) => expect(isValidSiren(siren)).toBe(true))
  it.each(['732829321', '12345678', '1234567890', 'abcdefghi', ''])('refuses %s', (siren) => expect(isValidSiren(siren)).toBe(false))
})
