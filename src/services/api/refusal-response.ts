import type { Refusal } from '@/domain/api/request-limits'

/**
 * A refusal in Payload's error shape (`errors[0].message`, and the parameter in
 * `errors[0].data.errors[0].path`, as a ValidationError names its field), so that clients read
 * every 4xx the same way.
 */
export function refusalResponse({ status, param, message }: Refusal): Response {
  return Response.json(
    { errors: [{ name: 'BadRequest', message, data: { errors: [{ path: param, message }] } }] },
    { status, headers: { 'Cache-Control': 'no-store' } },
  )
}

/** The response with a JSON body rewritten (headers kept, except the length that no longer holds). */
export function withJsonBody(response: Response, body: unknown, status = response.status): Response {
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  headers.delete('content-encoding')
  return new Response(JSON.stringify(body), {
    status,
    statusText: status === response.status ? response.statusText : undefined,
    headers,
  })
}
