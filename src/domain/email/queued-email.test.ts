import { describe, expect, it } from 'vitest'

import { type OutgoingEmail, toQueuedEmailOrThrow } from './queued-email'

describe('toQueuedEmailOrThrow', () => {
  it.each<[string, OutgoingEmail, ReturnType<typeof toQueuedEmailOrThrow>]>([
    [
      'a plain message',
      { to: 'a@b.fr', subject: 'Rappel', text: 'Plus que 8 jours.' },
      { to: 'a@b.fr', subject: 'Rappel', text: 'Plus que 8 jours.' },
    ],
    [
      'Payload’s own (from as a string, HTML only): the text part is derived',
      {
        from: '"Portail du GIP" <ne-pas-repondre@gip.fr>',
        to: 'ines@ac-lille.fr',
        subject: 'Confirmez votre adresse e-mail',
        html: '<p>Bonjour,</p><p><a href="https://x/v?jeton=1">https://x/v?jeton=1</a></p>',
      },
      {
        from: '"Portail du GIP" <ne-pas-repondre@gip.fr>',
        to: 'ines@ac-lille.fr',
        subject: 'Confirmez votre adresse e-mail',
        text: 'Bonjour,\n\nhttps://x/v?jeton=1',
        html: '<p>Bonjour,</p><p><a href="https://x/v?jeton=1">https://x/v?jeton=1</a></p>',
      },
    ],
    [
      'address objects and lists',
      {
        from: { name: 'Le "GIP"', address: 'gip@gip.fr' },
        to: ['a@b.fr', { address: 'c@d.fr' }],
        cc: { name: 'Équipe', address: 'e@f.fr' },
        subject: 'S',
        text: 'T',
      },
      { from: '"Le \\"GIP\\"" <gip@gip.fr>', to: 'a@b.fr, c@d.fr', cc: '"Équipe" <e@f.fr>', subject: 'S', text: 'T' },
    ],
    [
      'empty cc, bcc and attachments (as the form builder sends them) are left out',
      { to: 'a@b.fr', cc: '', bcc: '', attachments: [], subject: 'S', text: 'T' },
      { to: 'a@b.fr', subject: 'S', text: 'T' },
    ],
    [
      'a given text part is kept beside the HTML',
      { to: 'a@b.fr', subject: 'S', text: 'Texte', html: '<p>HTML</p>', replyTo: 'r@b.fr' },
      { to: 'a@b.fr', subject: 'S', text: 'Texte', html: '<p>HTML</p>', replyTo: 'r@b.fr' },
    ],
  ])('%s', (_label, message, expected) => {
    expect(toQueuedEmailOrThrow(message)).toEqual(expected)
  })

  it.each<[string, OutgoingEmail, RegExp]>([
    ['no recipient', { subject: 'S', text: 'T' }, /without a recipient/],
    ['an empty recipient list', { to: [], subject: 'S', text: 'T' }, /without a recipient/],
    ['no subject', { to: 'a@b.fr', subject: '  ', text: 'T' }, /without a subject/],
    ['no body', { to: 'a@b.fr', subject: 'S' }, /without a body/],
    [
      'a body that is not a string (a Buffer)',
      { to: 'a@b.fr', subject: 'S', html: Buffer.from('<p>x</p>') },
      /html must be a string/,
    ],
    [
      'an attachment',
      { to: 'a@b.fr', subject: 'S', text: 'T', attachments: [{ filename: 'recu.pdf', content: 'x' }] },
      /cannot carry: attachments/,
    ],
    ['custom headers', { to: 'a@b.fr', subject: 'S', text: 'T', headers: { 'X-Test': '1' } }, /cannot carry: headers/],
  ])('refuses %s', (_label, message, error) => {
    expect(() => toQueuedEmailOrThrow(message)).toThrow(error)
  })
})
