/** The header that carries a request's id, from the load balancer (or the client) to the logs and back. */
export const REQUEST_ID_HEADER = 'x-request-id'

/** What an incoming id may look like to be kept (a UUID, a load balancer's trace id…); anything else is replaced. */
const ACCEPTABLE = /^[A-Za-z0-9._:@/+=-]{1,128}$/

/** The request's id: the incoming `x-request-id` when it is a plausible id, a new UUID otherwise. */
export function requestIdOf(incoming: string | null | undefined): string {
  return incoming && ACCEPTABLE.test(incoming) ? incoming : crypto.randomUUID()
}
