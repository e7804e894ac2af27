/** The digest Next.js keeps for this error (it respects a thrown error's own), so the error boundary recognises it in production. */
export const SERVICE_UNAVAILABLE_DIGEST = 'SERVICE_UNAVAILABLE'

/** The database cannot be reached: the request cannot be served now; retry after `retryAfterSeconds`. */
export class ServiceUnavailableError extends Error {
  readonly status = 503
  readonly digest = SERVICE_UNAVAILABLE_DIGEST

  constructor(
    readonly retryAfterSeconds: number,
    options?: ErrorOptions,
  ) {
    super('La base de données ne répond pas.', options)
    this.name = 'ServiceUnavailableError'
  }
}
