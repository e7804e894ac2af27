import { describe, expect, it } from 'vitest'

import { type EmailJob, describeUndeliveredEmail } from './undelivered-email'

const job = (over: Partial<EmailJob>): EmailJob => ({
  id: 7,
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T12:15:00.000Z',
  ...over,
})
const failed = (message: string, completedAt: string) => ({ state: 'failed', error: { message }, completedAt })

describe('describeUndeliveredEmail', () => {
  it('gives the recipient, the subject, the last attempt’s error and date, and the attempts', () => {
    const described = describeUndeliveredEmail(
      job({
        input: { to: 'ines@ac-lille.fr', subject: 'Confirmez votre adresse e-mail', text: '…' },
        error: { message: 'connect ECONNREFUSED 127.0.0.1:587' },
        totalTried: 9,
        log: [
          failed('connect ETIMEDOUT', '2026-12-01T08:00:01.000Z'),
          failed('connect ECONNREFUSED 127.0.0.1:587', '2026-12-01T12:15:00.000Z'),
        ],
      }),
    )
    expect(described).toEqual({
      jobId: 7,
      recipient: 'ines@ac-lille.fr',
      subject: 'Confirmez votre adresse e-mail',
      lastError: 'connect ECONNREFUSED 127.0.0.1:587',
      attempts: 9,
      queuedAt: '2026-12-01T08:00:00.000Z',
      lastAttemptAt: '2026-12-01T12:15:00.000Z',
    })
  })

  it.each<[string, Partial<EmailJob>, Partial<ReturnType<typeof describeUndeliveredEmail>>]>([
    [
      'no log: the job’s error, its last update, attempts 0',
      { input: { to: 'a@b.fr', subject: 'S' }, error: { message: 'Task handler threw an error' } },
      { lastError: 'Task handler threw an error', attempts: 0, lastAttemptAt: '2026-12-01T12:15:00.000Z' },
    ],
    [
      'attempts counted from the log when totalTried is missing',
      { log: [failed('x', '2026-12-01T09:00:00.000Z'), failed('y', '2026-12-01T10:00:00.000Z')] },
      { attempts: 2, lastError: 'y', lastAttemptAt: '2026-12-01T10:00:00.000Z' },
    ],
    [
      'cancelled by an admin',
      { error: { cancelled: true, message: 'Job cancelled' }, totalTried: 1 },
      { lastError: 'Envoi annulé par un administrateur.' },
    ],
    [
      'an input without recipient or subject, no error',
      { input: { text: 'x' } },
      { recipient: '(destinataire inconnu)', subject: '(sans objet)', lastError: 'Erreur inconnue.' },
    ],
    [
      'an input that is not an object',
      { input: 'garbage', error: 'garbage' },
      { recipient: '(destinataire inconnu)', lastError: 'Erreur inconnue.' },
    ],
  ])('%s', (_label, over, expected) => {
    expect(describeUndeliveredEmail(job(over))).toMatchObject(expected)
  })
})
