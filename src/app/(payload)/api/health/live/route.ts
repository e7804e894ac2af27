export const dynamic = 'force-dynamic'

/**
 * Liveness: 200 as long as the process answers HTTP. It never touches the database nor starts
 * Payload, so a database outage does not get healthy instances restarted (readiness is /api/health).
 */
export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
}
