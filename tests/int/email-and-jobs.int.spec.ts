import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '@/services/db/close-payload'
import { sqlQuery } from '@/services/db/sql-transaction'
import { deliverQueuedEmails } from '@/services/email/deliver-queued'
import { runWorkerPass } from '@/services/jobs/worker'

import { testPayload, unique } from '../helpers/factories'
import { outboxMessages } from '../helpers/outbox'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

const findInOutbox = (token: string) => outboxMessages().find((raw) => raw.includes(token))

describe('e-mail without SMTP: the .data/outbox folder', () => {
  it('payload.sendEmail only queues; the queue writes each message as an .eml file a mail client can open', async () => {
    const token = unique('Bienvenue')
    await expect(
      payload.sendEmail({
        to: 'parent@example.org',
        subject: token,
        html: '<p>Votre inscription à l’atelier est <b>confirmée</b>.</p>',
      }),
    ).resolves.toEqual({ queued: true })
    expect(findInOutbox(token)).toBeUndefined()
    await payload.jobs.run({ limit: 1000 })
    const raw = findInOutbox(token)
    expect(raw).toMatch(new RegExp(`^Subject: ${token}$`, 'm'))
    expect(raw).toMatch(/^To: parent@example\.org$/m)
    expect(raw).toMatch(/^From: Portail du GIP <ne-pas-repondre@localhost>$/m)
    // A text part derived from the HTML, beside it.
    expect(raw).toContain('Votre inscription à l’atelier est confirmée.')
    expect(raw).toContain('<b>confirmée</b>')
  })

  it('the jobs queue sends queued e-mails', async () => {
    const token = unique('Rappel')
    await payload.jobs.queue({
      task: 'sendEmail',
      input: { to: 'enseignant@example.org', subject: token, text: 'Plus que 8 jours.' },
    })
    expect(findInOutbox(token)).toBeUndefined()
    await payload.jobs.run({ limit: 1000 })
    expect(findInOutbox(token)).toMatch(/^To: enseignant@example\.org$/m)
  })

  it('refuses at once a message the queue could not carry, instead of sending another later', async () => {
    await expect(
      payload.sendEmail({
        to: 'a@example.org',
        subject: 'Reçu',
        text: 'x',
        attachments: [{ filename: 'recu.pdf', content: 'x' }],
      }),
    ).rejects.toThrow('cannot carry: attachments')
  })
})

describe('the worker’s batch delivery (a wave of closed campaigns)', () => {
  it('delivers the e-mails never tried, each once even when two batches race, and deletes their jobs as the queue does', async () => {
    const subjects = Array.from({ length: 30 }, () => unique('Merci'))
    for (const subject of subjects)
      await payload.jobs.queue({
        task: 'sendEmail',
        input: { to: 'donateur@example.org', subject, text: 'Votre don est bien arrivé.' },
      })
    const [a, b] = await Promise.all([deliverQueuedEmails(payload), deliverQueuedEmails(payload)])
    expect(a.sent + b.sent).toBeGreaterThanOrEqual(30)
    for (const subject of subjects)
      expect(outboxMessages().filter((raw) => raw.includes(`Subject: ${subject}`))).toHaveLength(1)
    const left = await sqlQuery(
      payload,
      `SELECT count(*)::int AS n FROM payload_jobs WHERE input->>'subject' = ANY($1::text[])`,
      [`{${subjects.join(',')}}`],
    )
    expect(left.rows[0].n).toBe(0)
  })

  it('is the first step of the worker’s pass, which then runs the queue and says that work may remain', async () => {
    const subject = unique('Collecte close')
    await payload.jobs.queue({ task: 'sendEmail', input: { to: 'porteuse@example.org', subject, text: 'Bonjour.' } })
    expect(await runWorkerPass(payload)).toBe(true)
    expect(outboxMessages().filter((raw) => raw.includes(`Subject: ${subject}`))).toHaveLength(1)
  })
})
