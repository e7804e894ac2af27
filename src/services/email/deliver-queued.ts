import { sql } from '@payloadcms/db-postgres/drizzle'
import pLimit from 'p-limit'
import type { Payload } from 'payload'

import type { QueuedEmail } from '@/domain/email/queued-email'
import { payload_jobs } from '@/payload-generated-schema'
import { type Db, column } from '@/services/db/drizzle'
import { sqlQuery } from '@/services/db/sql-transaction'

import { deliverEmail } from './adapter'

/** E-mails claimed per round, and delivered side by side meanwhile (through the transport's pool of SMTP connections). */
const BATCH = 500
const AT_ONCE = 20
/** The delay before the first retry: the `sendEmail` task's backoff (exponential from one minute), as Payload computes it. */
export const FIRST_RETRY_MS = 60_000

/** What a `sendEmail` job's input holds (its optional fields may be null). */
type EmailJobInput = Pick<QueuedEmail, 'to' | 'subject' | 'text'> & {
  [K in 'html' | 'from' | 'cc' | 'bcc' | 'replyTo']?: string | null
}

/**
 * The `sendEmail` jobs of many e-mails in one statement, in `db`'s transaction: the rows
 * `payload.jobs.queue` writes, without a round trip each (a set of closed campaigns queues thousands).
 */
export async function queueEmails(db: Db, emails: readonly QueuedEmail[]): Promise<void> {
  if (!emails.length) return
  const j = payload_jobs
  // SQL text: the e-mails as one jsonb parameter (a multi-row VALUES binds three parameters a row, against
  // pg's limit of 65,535); every identifier comes from the generated schema.
  await db.execute(
    sql`INSERT INTO ${j} (${column(j.taskSlug)}, ${column(j.queue)}, ${column(j.input)}) SELECT 'sendEmail', 'default', m FROM jsonb_array_elements(${JSON.stringify(emails)}::jsonb) AS m`,
  )
}

/** A `sendEmail` job's input, delivered: the optional fields left empty are not passed on. */
export async function deliverQueuedEmail(
  payload: Payload,
  { to, subject, text, html, from, cc, bcc, replyTo }: EmailJobInput,
): Promise<{ messageId?: string }> {
  const defined = Object.fromEntries(
    Object.entries({ html, from, cc, bcc, replyTo }).filter(([, value]) => value != null && value !== ''),
  )
  return deliverEmail(payload, { to, subject, text, ...defined })
}

/**
 * Delivers the `sendEmail` jobs never tried yet, up to `batch` of them, without Payload's runner's
 * writes per job (a wave of closed campaigns queues tens of thousands): they are claimed in one
 * statement (`processing`, rows locked by another claimer skipped), delivered a few at a time, and
 * then the delivered ones deleted in one statement, as the runner deletes a completed job. A
 * failed delivery is recorded as the runner records a first failure (one attempt, its error in
 * the job's log, the next try a minute later), so that the runner's retries take over from there
 * with its own backoff and final error. Only the jobs worker calls this, between its runs of the
 * queue (never beside one: the runner's own claim is not atomic).
 */
export async function deliverQueuedEmails(
  payload: Payload,
  { batch = BATCH }: { batch?: number } = {},
): Promise<{ sent: number; failed: number }> {
  // SQL text: Payload's own jobs table (not a generated-schema aggregate), claimed with FOR UPDATE SKIP LOCKED in one statement.
  const { rows } = await sqlQuery(
    payload,
    `UPDATE payload_jobs SET processing = true, updated_at = now() WHERE id IN (
       SELECT id FROM payload_jobs
       WHERE task_slug = 'sendEmail' AND queue = 'default' AND NOT processing AND completed_at IS NULL AND NOT coalesce(has_error, false)
         AND coalesce(total_tried, 0) = 0 AND wait_until IS NULL
       ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING id, input`,
    [batch],
  )
  if (!rows.length) return { sent: 0, failed: 0 }
  const executedAt = new Date()
  const limit = pLimit(AT_ONCE)
  const sent: number[] = []
  const failed: { id: number; error: Record<string, unknown> }[] = []
  await Promise.all(
    rows.map((job) =>
      limit(async () => {
        try {
          await deliverQueuedEmail(payload, job.input as EmailJobInput)
          sent.push(Number(job.id))
        } catch (error) {
          const err = error instanceof Error ? error : new Error(String(error))
          failed.push({
            id: Number(job.id),
            error: { name: err.name, cancelled: false, message: err.message, stack: err.stack },
          })
        }
      }),
    ),
  )
  if (sent.length)
    // SQL text: Payload's own jobs table, the delivered jobs deleted in one statement as its runner deletes a completed one.
    await sqlQuery(payload, 'DELETE FROM payload_jobs WHERE id = ANY($1::int[])', [`{${sent.join(',')}}`])
  if (failed.length) {
    payload.logger.error(
      { failed: failed.length, err: failed[0].error },
      'E-mails non remis : nouvel essai dans une minute par la file de tâches.',
    )
    // SQL text: Payload's own jobs table and its log, a first failure recorded as its runner records it, in one statement (data-modifying CTE).
    await sqlQuery(
      payload,
      `WITH f AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS f(id int, error jsonb)),
       tried AS (
         UPDATE payload_jobs j SET processing = false, total_tried = 1, wait_until = $3::timestamptz, updated_at = now() FROM f WHERE j.id = f.id RETURNING j.id, j.input, f.error
       )
       INSERT INTO payload_jobs_log (_order, _parent_id, id, executed_at, completed_at, task_slug, task_i_d, input, output, state, error)
       SELECT 1, id, substr(md5(random()::text || clock_timestamp()::text || id::text), 1, 24), $2::timestamptz, now(), 'sendEmail', '1', input, '{}'::jsonb, 'failed', error FROM tried`,
      [JSON.stringify(failed), executedAt, new Date(Date.now() + FIRST_RETRY_MS)],
    )
  }
  return { sent: sent.length, failed: failed.length }
}
