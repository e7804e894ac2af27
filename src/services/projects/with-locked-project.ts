import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { Project } from '@/payload-types'
import { inLocalTransaction } from '@/services/db/local-transaction'
import { reqSql } from '@/services/db/req-sql'

/**
 * Runs `work` in one transaction holding the project's row lock (SELECT … FOR UPDATE), on the
 * project as it is once locked. Concurrent callers for the same project run one after the other;
 * Local API calls made with the given `req` join the transaction. Commits, or rolls back on error.
 */
export async function withLockedProject<T>(
  payload: Payload,
  projectId: number,
  work: (project: Project, req: PayloadRequest) => Promise<T>,
): Promise<T> {
  return inLocalTransaction(payload, async (req) => {
    // SQL text: the project's row lock, alone in its statement inside Payload's transaction.
    await (
      await reqSql(payload, req)
    )(sql`SELECT id FROM projects WHERE id = ${projectId} FOR UPDATE`)
    return work(await payload.findByID({ collection: 'projects', id: projectId, depth: 0, req }), req)
  })
}
