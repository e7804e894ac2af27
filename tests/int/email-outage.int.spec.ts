import net, { type AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { type Payload, _internal_jobSystemGlobals, _internal_resetJobSystemGlobals } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { PayloadJob, User } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'

/**
 * SMTP is configured (SMTP_HOST) and its server is down: a real local port with nothing listening,
 * then a real SMTP server started on it. The config reads the environment when first imported, so
 * everything that imports it is imported once the port is known.
 */
type Modules = {
  factories: typeof import('../helpers/factories')
  rest: typeof import('../helpers/rest')
  accounts: typeof import('@/services/auth/accounts')
  undelivered: typeof import('@/services/email/undelivered')
  deliver: typeof import('@/services/email/deliver-queued')
}
type Account = User & { collection: 'users' }

let payload: Payload
let m: Modules
let port: number
let smtp: SMTPServer | undefined
const received: ParsedMail[] = []
const PASSWORD = 'une phrase de passe solide'
const ENV_KEYS = ['SMTP_HOST', 'SMTP_PORT', 'JOBS_AUTORUN'] as const
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]))

async function freePort(): Promise<number> {
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

async function startSmtp(): Promise<void> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    // On close, the app's idle pooled connections are cut after half a second, not smtp-server's 30.
    closeTimeout: 500,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail)
        callback()
      }, callback)
    },
  })
  await new Promise<void>((resolve, reject) => {
    smtp!.once('error', reject)
    smtp!.listen(port, '127.0.0.1', resolve)
  })
}

async function stopSmtp(): Promise<void> {
  if (smtp) await new Promise<void>((resolve) => smtp!.close(() => resolve()))
  smtp = undefined
}

/** The queue runs only these jobs (the cron is off in this file); `later` moves the queue's clock. */
async function runJobs(ids: number[], later = 0): Promise<void> {
  _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + later)
  try {
    await payload.jobs.run({ where: { id: { in: ids } }, limit: 100, silent: true }) // the failures are asserted, not logged
  } finally {
    _internal_resetJobSystemGlobals()
  }
}

async function emailJobsTo(to: string): Promise<PayloadJob[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendEmail' } },
    sort: 'createdAt',
    limit: 1000,
    depth: 0,
  })
  return docs.filter((job) => (job.input as { to?: string }).to === to)
}
const jobsByIds = async (ids: number[]) =>
  (await payload.find({ collection: 'payload-jobs', where: { id: { in: ids } }, sort: 'id', limit: 100, depth: 0 }))
    .docs

const receivedBy = (to: string) =>
  received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.value.some((a) => a.address === to))
const linkIn = (mail: ParsedMail, path: string) =>
  new URL(mail.text!.match(new RegExp(`https?://\\S*${path}\\?jeton=[0-9a-f]+`))![0]).searchParams.get('jeton')!

beforeAll(async () => {
  port = await freePort()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  process.env.JOBS_AUTORUN = 'false'
  m = {
    factories: await import('../helpers/factories'),
    rest: await import('../helpers/rest'),
    accounts: await import('@/services/auth/accounts'),
    undelivered: await import('@/services/email/undelivered'),
    deliver: await import('@/services/email/deliver-queued'),
  }
  payload = await m.factories.testPayload()
})

afterEach(() => _internal_resetJobSystemGlobals())

afterAll(async () => {
  await stopSmtp()
  await closePayload(payload)
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key]
    else process.env[key] = savedEnv[key]
  }
})

describe('SMTP server down, then back', () => {
  const teacherEmail = `${Math.random().toString(36).slice(2, 10)}-ines@ac-lille.fr`
  let donor: Account
  let adminMade: string
  let resetByApi: Account
  let ids: number[]

  it('sign-up, an account made in the admin, and forgotten passwords (site and API) all succeed; their e-mails wait in the queue', async () => {
    const { signUpTeacher, requestPasswordReset } = m.accounts
    expect(
      await signUpTeacher(
        payload,
        { firstName: 'Inès', lastName: 'Martin', email: teacherEmail, password: PASSWORD, passwordConfirm: PASSWORD },
        m.factories.unique('client'),
      ),
    ).toEqual({ ok: true })

    // Payload's own verification e-mail (an account created in the admin, verification not disabled).
    adminMade = `${m.factories.unique('cree-admin')}@test.example`
    await expect(
      payload.create({ collection: 'users', data: { email: adminMade, password: PASSWORD, roles: ['donor'] } }),
    ).resolves.toMatchObject({ email: adminMade })

    donor = await m.factories.createUser(payload, ['donor'])
    await expect(requestPasswordReset(payload, donor.email, m.factories.unique('client'))).resolves.toBeUndefined()
    await expect(
      requestPasswordReset(payload, `${m.factories.unique('personne')}@test.example`, m.factories.unique('client')),
    ).resolves.toBeUndefined()

    // The admin's "forgot password" (REST): it answered 500 "Something went wrong." while SMTP was down.
    resetByApi = await m.factories.createUser(payload, ['editor'])
    const { status } = await m.rest.rest('POST', '/users/forgot-password', { body: { email: resetByApi.email } })
    expect(status).toBe(200)
    // Both only queued the request (same answer, same time for any address); its job creates the link and queues the e-mail.
    await payload.jobs.run({ where: { taskSlug: { equals: 'requestPasswordReset' } }, limit: 100, silent: true })

    const queued = await Promise.all([teacherEmail, adminMade, donor.email, resetByApi.email].map(emailJobsTo))
    expect(queued.map((jobs) => jobs.map((job) => (job.input as { subject: string }).subject))).toEqual([
      ['Confirmez votre adresse e-mail'],
      ['Confirmez votre adresse e-mail'],
      ['Réinitialisation de votre mot de passe'],
      ['Réinitialisation de votre mot de passe'],
    ])
    ids = queued.flat().map((job) => job.id)
    expect(received).toHaveLength(0)
  })

  it('running the queue while the server is down records the failure and schedules a retry a minute later', async () => {
    const before = Date.now()
    await runJobs(ids)
    const jobs = await jobsByIds(ids)
    expect(jobs).toHaveLength(4)
    for (const job of jobs) {
      expect(job).toMatchObject({ totalTried: 1, hasError: false, completedAt: null, processing: false })
      expect(job.log).toHaveLength(1)
      expect(job.log![0]).toMatchObject({
        state: 'failed',
        error: { message: expect.stringContaining('ECONNREFUSED') },
      })
      const wait = new Date(job.waitUntil!).getTime() - before
      expect(wait).toBeGreaterThanOrEqual(59_000)
      expect(wait).toBeLessThan(2 * 60_000)
    }
    // Before that minute, the queue leaves them alone.
    await runJobs(ids)
    expect((await jobsByIds(ids)).map((job) => job.totalTried)).toEqual([1, 1, 1, 1])
    expect(received).toHaveLength(0)
  })

  it('once the server is back, the retry delivers every e-mail, whose links work', async () => {
    await startSmtp()
    await runJobs(ids, 2 * 60_000)
    expect(await jobsByIds(ids)).toHaveLength(0) // completed jobs are deleted
    expect(received).toHaveLength(4)

    const [verification] = receivedBy(teacherEmail)
    expect(verification.subject).toBe('Confirmez votre adresse e-mail')
    expect(verification.from?.value).toEqual([{ name: 'Portail du GIP', address: 'ne-pas-repondre@localhost' }])
    expect(await m.accounts.verifyAccount(payload, linkIn(verification, '/verifier-email'))).toBe(true)
    await expect(
      payload.login({ collection: 'users', data: { email: teacherEmail, password: PASSWORD } }),
    ).resolves.toMatchObject({ user: { email: teacherEmail } })

    expect(receivedBy(adminMade).map((mail) => mail.subject)).toEqual(['Confirmez votre adresse e-mail'])

    // The donor's link leads to the crowdfunding site, the editor's (staff) to the admin's reset page.
    for (const [account, path] of [
      [donor, '/mot-de-passe/nouveau?jeton='],
      [resetByApi, '/admin/reset/'],
    ] as const) {
      const [reset] = receivedBy(account.email)
      expect(reset.subject).toBe('Réinitialisation de votre mot de passe')
      expect(reset.html).toContain(path)
      const token = reset.text!.match(/(?:jeton=|\/admin\/reset\/)([0-9a-f]{40})/)![1]!
      expect(
        await m.accounts.resetPassword(payload, { token, password: PASSWORD, passwordConfirm: PASSWORD }),
      ).toMatchObject({ ok: true })
      await expect(
        payload.login({ collection: 'users', data: { email: account.email, password: PASSWORD } }),
      ).resolves.toMatchObject({ user: { id: account.id } })
    }
  })
})

describe('e-mails the queue gave up on', () => {
  let admin: Account
  let failedId: number
  const recipient = `${Math.random().toString(36).slice(2, 10)}@test.example`

  beforeAll(async () => {
    await stopSmtp()
    admin = await m.factories.createUser(payload, ['admin'])
    await payload.sendEmail({ to: recipient, subject: 'Votre reçu fiscal est disponible', text: 'Bonjour.' })
    failedId = (await emailJobsTo(recipient))[0].id
  })

  it('are retried with growing delays, then kept with their last error after the 9th attempt', async () => {
    const waits: number[] = []
    for (let attempt = 1; attempt <= 9; attempt++) {
      const now = Date.now() + attempt * 5 * 3_600_000 // well past any backoff
      await runJobs([failedId], attempt * 5 * 3_600_000)
      const [job] = await jobsByIds([failedId])
      expect(job.totalTried).toBe(attempt)
      if (attempt < 9) {
        expect(job.hasError).toBe(false)
        waits.push(Math.round((new Date(job.waitUntil!).getTime() - now) / 60_000))
      } else {
        expect(job).toMatchObject({
          hasError: true,
          processing: false,
          error: { message: expect.stringContaining('ECONNREFUSED') },
        })
      }
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128])
  })

  it('are listed for admins: recipient, subject, last error, attempts, date', async () => {
    const { total, emails } = await m.undelivered.listUndeliveredEmails(payload, admin)
    expect(total).toBeGreaterThanOrEqual(1)
    const line = emails.find((email) => email.jobId === failedId)
    expect(line).toMatchObject({
      recipient,
      subject: 'Votre reçu fiscal est disponible',
      lastError: expect.stringMatching(/ECONNREFUSED 127\.0\.0\.1:\d+/),
      attempts: 9,
    })
    expect(Date.parse(line!.lastAttemptAt)).toBeGreaterThan(Date.parse(line!.queuedAt))
    expect(await m.undelivered.countUndeliveredEmails(payload, admin)).toBe(total)
    const { status, json } = await m.rest.rest('GET', `/payload-jobs/${failedId}`, {
      token: await m.rest.tokenFor(payload, admin.email),
    })
    expect(status).toBe(200)
    expect(json).toMatchObject({ hasError: true, input: { to: recipient } })
  })

  it.each([
    ['editor'],
    ['moderator'],
    ['coordinator'],
    ['structure-manager'],
    ['teacher'],
    ['donor'],
    ['sponsor'],
  ] as const)('are refused to a %s, and so are the jobs', async (role) => {
    const user = await m.factories.createUser(payload, [role])
    await expect(m.undelivered.listUndeliveredEmails(payload, user)).rejects.toThrow(m.factories.FORBIDDEN)
    await expect(m.undelivered.countUndeliveredEmails(payload, user)).rejects.toThrow(m.factories.FORBIDDEN)
    const { status } = await m.rest.rest('GET', `/payload-jobs/${failedId}`, {
      token: await m.rest.tokenFor(payload, user.email),
    })
    expect(status).toBe(403)
  })

  it('are refused to anonymous visitors', async () => {
    expect((await m.rest.rest('GET', '/payload-jobs')).status).toBe(403)
  })
})

describe('the worker’s batch delivery while the server is down', () => {
  it('records each failure as the queue does (one attempt, its error, a retry a minute later); the queue’s retry then delivers it', async () => {
    await stopSmtp()
    const recipient = `${Math.random().toString(36).slice(2, 10)}@test.example`
    await payload.jobs.queue({
      task: 'sendEmail',
      input: { to: recipient, subject: 'Votre don vous est remboursé', text: 'Bonjour.' },
    })
    const [{ id }] = await emailJobsTo(recipient)
    const before = Date.now()
    expect((await m.deliver.deliverQueuedEmails(payload)).failed).toBeGreaterThanOrEqual(1)
    const [job] = await jobsByIds([id])
    expect(job).toMatchObject({ totalTried: 1, hasError: false, completedAt: null, processing: false })
    expect(job.log).toEqual([
      expect.objectContaining({
        state: 'failed',
        taskSlug: 'sendEmail',
        error: expect.objectContaining({ message: expect.stringContaining('ECONNREFUSED') }),
      }),
    ])
    const wait = new Date(job.waitUntil!).getTime() - before
    expect(wait).toBeGreaterThanOrEqual(59_000)
    expect(wait).toBeLessThan(2 * 60_000)
    // From then on the e-mail is the queue's: another batch leaves it alone, the queue waits for the minute.
    await m.deliver.deliverQueuedEmails(payload)
    await runJobs([id])
    expect((await jobsByIds([id])).map((j) => j.totalTried)).toEqual([1])
    await startSmtp()
    await runJobs([id], 2 * 60_000)
    expect(await jobsByIds([id])).toEqual([])
    expect(receivedBy(recipient).map((mail) => mail.subject)).toEqual(['Votre don vous est remboursé'])
  })
})
