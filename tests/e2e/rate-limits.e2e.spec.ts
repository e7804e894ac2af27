import http from 'node:http'

import { describe, expect, it } from 'vitest'

import { port } from './browser'

/**
 * The production server keys rate limits on the TCP peer it sees, whatever headers a client sends
 * (src/services/rate-limit/peer-header.ts): checked from loopback addresses of their own
 * (127.0.0.x, so that no other browser test shares their counters), on the yearly report's PDF
 * (30 downloads per 10 minutes per address; a year without a report answers 404, cheaply, but is counted).
 */
function get(
  path: string,
  from: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: port(),
        path,
        localAddress: from,
        headers: { Host: `localhost:${port()}`, Accept: 'text/html', ...headers },
      },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
      },
    )
    request.on('error', reject)
    request.end()
  })
}

describe('rate limits on a real server', () => {
  it('count each client by its address: forged X-Forwarded-For and peer headers change nothing', async () => {
    const attacker = '127.0.0.77'
    for (let i = 0; i < 30; i++) {
      const forged = `203.0.113.${i + 1}`
      const { status } = await get('/chiffres-cles/rapport/1999/pdf', attacker, {
        'X-Forwarded-For': forged,
        'X-Portail-Peer-Address': forged,
      })
      expect(status).toBe(404)
    }
    const refused = await get('/chiffres-cles/rapport/1999/pdf', attacker, { 'X-Forwarded-For': '198.51.100.1' })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(refused.body).toContain('<html lang="fr">')
    expect(refused.body).toContain('Trop de téléchargements du rapport en peu de temps.')
    // Another client is not concerned (the counter is the peer's, not one shared "unknown" bucket).
    expect((await get('/chiffres-cles/rapport/1999/pdf', '127.0.0.78')).status).toBe(404)
  })
})
