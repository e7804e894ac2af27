import { describe, expect, it } from 'vitest'

import { schoolConfirmationMail } from './school-heads'

describe('schoolConfirmationMail', () => {
  const link = { url: 'https://projets.test/confirmation-ecole?jeton=abc', validityDays: 14 }

  it('asks the head to confirm by the link, and says how long it is valid', () => {
    const mail = schoolConfirmationMail({ title: 'Classe de mer' }, { name: 'Mme Durand' }, link)
    expect(mail.subject).toBe('Confirmez le projet « Classe de mer » de votre école')
    expect(mail.text).toBe(
      'Bonjour Mme Durand,\n\n' +
        'Un enseignant de votre école propose le projet « Classe de mer » au financement participatif. Le GIP l’a relu et approuvé.\n' +
        'Pour que la collecte puisse ouvrir, confirmez le projet au nom de l’école :\n\n' +
        'https://projets.test/confirmation-ecole?jeton=abc\n\n' +
        'Ce lien est valable 14 jours et ne sert qu’une fois. Si vous n’êtes pas concerné, ignorez ce message.',
    )
  })

  it.each([{}, { name: null }, { name: '' }])('greets a head without a name (%o)', (head) => {
    expect(schoolConfirmationMail({ title: 'Classe de mer' }, head, link).text).toMatch(/^Bonjour,\n\nUn enseignant/)
  })
})
