import { describe, expect, it } from 'vitest'

import { campaignClosedOwnerMail, changesRequestedMail, coachingMail, projectRejectedMail } from './teachers'

describe('the review’s e-mails', () => {
  it('asks for changes with the moderator’s comment', () => {
    const mail = changesRequestedMail('Classe de mer', 'Précisez le budget du car.')
    expect(mail.subject).toBe('Votre projet « Classe de mer » : modifications demandées')
    expect(mail.text).toBe(
      'Le GIP a relu votre projet « Classe de mer » et vous demande des modifications avant de le valider :\n\n' +
        'Précisez le budget du car.\n\nModifiez-le depuis « Mon espace », puis soumettez-le à nouveau.',
    )
  })

  it('gives the reason of a rejection, and leaves its place empty without a comment', () => {
    const mail = projectRejectedMail('Classe de mer', undefined)
    expect(mail.subject).toBe('Votre projet « Classe de mer » n’a pas été retenu')
    expect(mail.text).toBe(
      'Le GIP a relu votre projet « Classe de mer » et ne peut pas le retenir, pour la raison suivante :\n\n\n\n' +
        'Vous pouvez nous écrire depuis la page Contact.',
    )
  })
})

describe('coachingMail', () => {
  it('marks the first week', () => {
    const mail = coachingMail('week_in', 'Classe de mer', 23)
    expect(mail.subject).toBe('Votre collecte « Classe de mer » a une semaine')
    expect(mail.text).toMatch(/^Votre collecte est ouverte depuis une semaine\. Partagez-la/)
  })

  it.each([
    [8, 'Plus que 8 jours pour « Classe de mer »', 'se termine dans 8 jours.'],
    [1, 'Plus que 1 jour pour « Classe de mer »', 'se termine dans 1 jour.'],
  ])('counts the days left (%i)', (left, subject, sentence) => {
    const mail = coachingMail('eight_days_left', 'Classe de mer', left)
    expect(mail.subject).toBe(subject)
    expect(mail.text).toContain(`Votre collecte ${sentence} C’est le bon moment`)
  })

  it.each([
    [2, '« Classe de mer » : 2 jours pour atteindre l’objectif minimum', 'dans 2 jours.'],
    [1, '« Classe de mer » : 1 jour pour atteindre l’objectif minimum', 'dans 1 jour.'],
    [0, '« Classe de mer » : 0 jour pour atteindre l’objectif minimum', 'dans 0 jour.'],
  ])('warns below the minimum, %i days before the end', (left, subject, sentence) => {
    const mail = coachingMail('two_days_left_below_minimum', 'Classe de mer', left)
    expect(mail.subject).toBe(subject)
    expect(mail.text).toContain(`n’a pas encore atteint son objectif minimum et se termine ${sentence}`)
  })
})

describe('campaignClosedOwnerMail', () => {
  it('gives the collected amount, the commission and the payout of a success, in French money', () => {
    const mail = campaignClosedOwnerMail('Classe de mer', 'succeeded', {
      collectedCents: 2_000_000,
      commissionCents: 130_000,
      payoutCents: 1_870_000,
    })
    expect(mail.subject).toBe('Votre collecte « Classe de mer » a réussi !')
    expect(mail.text).toContain('a atteint son objectif avec 20\u202f000\u00a0€.')
    expect(mail.text).toContain(
      'Après la commission de la plateforme (6,5 %, soit 1\u202f300\u00a0€), 18\u202f700\u00a0€ vont être versés à la structure bénéficiaire.',
    )
  })

  it('says what happens to the gifts of a failure', () => {
    const mail = campaignClosedOwnerMail('Classe de mer', 'failed', {
      collectedCents: 120_050,
      commissionCents: 0,
      payoutCents: 0,
    })
    expect(mail.subject).toBe('Votre collecte « Classe de mer » n’a pas atteint son objectif')
    expect(mail.text).toContain(
      'Votre collecte « Classe de mer » s’est terminée avec 1\u202f200,50\u00a0€, sans atteindre son objectif minimum.',
    )
    expect(mail.text).toContain('Chaque donateur est remboursé ou son don va au fonds solidaire')
  })
})
