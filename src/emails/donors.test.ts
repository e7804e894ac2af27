import { describe, expect, it } from 'vitest'

import {
  PROVISIONAL_TRANSFER,
  campaignFailedDonorMail,
  campaignSucceededMail,
  giftAcceptedMail,
  giftThanksMail,
  projectNewsMail,
  refundDoneMail,
  transferDetailsMail,
} from './donors'

// French money as Intl writes it: a narrow no-break space between groups, a no-break space before €.
const EUROS_20_000 = '20\u202f000\u00a0€'

const gift = { firstName: 'Inès', amountCents: 5_000, reference: 'K7PM3Q', title: 'Classe de mer' }
const anonymous = { ...gift, firstName: null }
const account = { holder: 'GIP', iban: 'FR76 1234', bic: 'GIPFRPP', fictitious: false }
// 23:30 in Paris on 12 March is still 12 March there (UTC would say the same; 23:30 UTC would not).
const expiresAt = new Date('2027-03-12T22:30:00Z')

describe('transferDetailsMail', () => {
  it('gives the account, the amount, the reference and the deadline', () => {
    const mail = transferDetailsMail(gift, { account, expiresAt, provisional: false })
    expect(mail.subject).toBe('Votre don au projet « Classe de mer » : les coordonnées du virement')
    expect(mail.text).toMatch(/^Bonjour Inès,\n\nMerci pour votre don au projet « Classe de mer »\.\n\n/)
    expect(mail.text).toContain('Faites un virement de 50\u00a0€ avant le 12 mars 2027 :')
    expect(mail.text).toContain(
      '- Titulaire : GIP\n- IBAN : FR76 1234\n- BIC : GIPFRPP\n- Libellé (obligatoire) : K7PM3Q',
    )
    expect(mail.text).not.toContain(PROVISIONAL_TRANSFER)
    expect(mail.text).not.toContain('Mode test')
  })

  it('warns a provisional gift, says a test account is fictitious, and writes 20 000 € with no-break spaces', () => {
    const mail = transferDetailsMail(
      { ...gift, amountCents: 2_000_000 },
      { account: { ...account, fictitious: true }, expiresAt, provisional: true },
    )
    expect(mail.text).toContain(`Faites un virement de ${EUROS_20_000} avant`)
    expect(mail.text).toContain(`\n\n${PROVISIONAL_TRANSFER}`)
    expect(mail.text).toMatch(/\n\n\(Mode test : ce compte est fictif\.\)$/)
  })

  it('says when there is no account to pay to, and greets a donor without a first name', () => {
    const mail = transferDetailsMail(anonymous, { account: null, expiresAt, provisional: false })
    expect(mail.text).toMatch(/^Bonjour,\n\n/)
    expect(mail.text).toMatch(/Le paiement par virement n’est pas disponible : écrivez-nous\.$/)
  })
})

describe('giftThanksMail', () => {
  it.each([
    [gift, 'Bonjour Inès,\n\n'],
    [anonymous, 'Bonjour,\n\n'],
  ])('thanks the donor with the amount and the reference', (g, greeting) => {
    const mail = giftThanksMail(g)
    expect(mail.subject).toBe('Merci pour votre don au projet « Classe de mer »')
    expect(mail.text).toBe(
      `${greeting}Votre don de 50\u00a0€ au projet « Classe de mer » est confirmé (référence K7PM3Q). Merci !\n\n` +
        'Si la collecte atteint son objectif minimum, l’argent sera versé à l’école ; sinon, votre choix s’appliquera (remboursement ou fonds solidaire).',
    )
  })

  it('writes cents when there are some', () => {
    expect(giftThanksMail({ ...gift, amountCents: 125_050 }).text).toContain('Votre don de 1\u202f250,50\u00a0€')
  })
})

describe('giftAcceptedMail', () => {
  it('sends the checkout link and its validity', () => {
    const mail = giftAcceptedMail(
      { ...gift, amountCents: 1_200_000 },
      { method: 'checkout', url: 'https://projets.test/paiement', validHours: 24 },
    )
    expect(mail.subject).toBe('Votre don au projet « Classe de mer » est accepté')
    expect(mail.text).toBe(
      'Bonjour Inès,\n\nMerci pour votre don de 12\u202f000\u00a0€ (référence K7PM3Q), que le GIP a accepté.\n\n' +
        'Pour le régler, suivez ce lien (valable 24 heures) :\n\nhttps://projets.test/paiement',
    )
  })

  it('sends the bank details for a transfer, never the provisional warning', () => {
    const mail = giftAcceptedMail(anonymous, { method: 'transfer', account, expiresAt })
    expect(mail.text).toMatch(
      /^Bonjour,\n\nMerci pour votre don de 50\u00a0€ \(référence K7PM3Q\), que le GIP a accepté\./,
    )
    expect(mail.text).toContain('- Libellé (obligatoire) : K7PM3Q')
    expect(mail.text).not.toContain(PROVISIONAL_TRANSFER)
  })
})

describe('the outcome e-mails', () => {
  it('thanks the donor of a funded project', () => {
    const mail = campaignSucceededMail({ ...gift, amountCents: 2_000_000 })
    expect(mail.subject).toBe('« Classe de mer » est financé, merci !')
    expect(mail.text).toContain(
      `Grâce à votre don de ${EUROS_20_000} (référence K7PM3Q), l’argent va être versé à l’école pour réaliser le projet.`,
    )
  })

  const deadline = new Date('2027-04-30T22:30:00Z') // 1 May in Paris
  const url = 'https://projets.test/dons/7/choix?jeton=abc'

  it.each([
    ['reallocate', 'est versé au fonds solidaire'],
    ['refund', 'va vous être remboursé en totalité, sans frais.'],
  ] as const)('says what the donor chose (%s), without a link', (fate, sentence) => {
    const mail = campaignFailedDonorMail(gift, fate, deadline, url)
    expect(mail.subject).toBe('« Classe de mer » n’a pas atteint son objectif')
    expect(mail.text).toContain(`Comme vous l’aviez choisi, votre don de 50\u00a0€ (référence K7PM3Q) ${sentence}`)
    expect(mail.text).not.toContain(url)
  })

  it('asks a donor who made no choice, with the link and the deadline in Paris', () => {
    const mail = campaignFailedDonorMail(anonymous, 'ask', deadline, url)
    expect(mail.subject).toBe('« Classe de mer » n’a pas atteint son objectif : que faire de votre don ?')
    expect(mail.text).toMatch(/^Bonjour,\n\nLa collecte du projet « Classe de mer » s’est terminée/)
    expect(mail.text).toContain(`Choisissez ici, jusqu’au 1 mai 2027 :\n\n${url}\n\n`)
    expect(mail.text).toMatch(/Sans réponse de votre part à cette date, votre don vous sera remboursé\.$/)
  })

  it('says the refund is done', () => {
    const mail = refundDoneMail(gift)
    expect(mail.subject).toBe('Votre don au projet « Classe de mer » vous est remboursé')
    expect(mail.text).toBe(
      'Bonjour Inès,\n\nLe remboursement de votre don de 50\u00a0€ (référence K7PM3Q) est fait. Selon votre banque, il apparaîtra sur votre compte d’ici 5 à 10 jours ouvrés.',
    )
  })
})

describe('projectNewsMail', () => {
  const news = { title: 'Nous sommes partis', body: 'Premier jour sur l’estran.' }
  const project = {
    title: 'Classe de mer',
    projectUrl: 'https://projets.test/projets/classe-de-mer',
    unfollowUrl: 'https://projets.test/mon-espace#projets-suivis',
  }

  it('tells a donor why the news comes, without the unfollow link', () => {
    const mail = projectNewsMail(news, project, 'donor')
    expect(mail.subject).toBe('Des nouvelles du projet « Classe de mer » : Nous sommes partis')
    expect(mail.text).toBe(
      'Nous sommes partis\n\nPremier jour sur l’estran.\n\n— La classe du projet « Classe de mer » : https://projets.test/projets/classe-de-mer\n\n' +
        'Vous recevez ce message parce que vous avez soutenu ce projet et demandé à en recevoir les actualités.',
    )
  })

  it('gives a follower the page to stop following', () => {
    expect(projectNewsMail(news, project, 'follower').text).toMatch(
      /Vous recevez ce message parce que vous suivez ce projet\. Pour ne plus le suivre : https:\/\/projets\.test\/mon-espace#projets-suivis$/,
    )
  })
})
