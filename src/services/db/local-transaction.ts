import {
  type Payload,
  type PayloadRequest,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
} from 'payload'

/**
 * Runs `work` in one transaction of a new Local API request (made with `options`, e.g. `{ user }`):
 * Local API calls made with the given `req` join it. Commits, or rolls back on error.
 */
export async function inLocalTransaction<T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
  options: Parameters<typeof createLocalReq>[0] = {},
): Promise<T> {
  const req = await createLocalReq(options, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
