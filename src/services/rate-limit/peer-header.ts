import http from 'node:http'
import https from 'node:https'

/**
 * Next.js gives route handlers and server actions the request's headers, not its socket: it only
 * fills `X-Forwarded-For` with the peer's address when the request has none, so a client that
 * sends its own would choose its address. This header carries the TCP peer instead: written by
 * the HTTP server of this process on every request (`installPeerAddressHeader`, called at start by
 * src/instrumentation-node.ts), over any value a client sent.
 */
export const PEER_HEADER = 'x-portail-peer-address'

const INSTALLED = Symbol.for('portail.peerAddressHeader')
const holder = globalThis as Record<symbol, unknown>

/** True once this process's servers write the header (otherwise a client could have sent it). */
export const isPeerHeaderInstalled = (): boolean => holder[INSTALLED] === true

/** Makes this process's HTTP(S) servers stamp each request with its peer's address. Idempotent. */
export function installPeerAddressHeader(): void {
  if (holder[INSTALLED]) return
  holder[INSTALLED] = true
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit as (this: unknown, event: string | symbol, ...args: unknown[]) => boolean
    Server.prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') {
        const request = args[0] as http.IncomingMessage
        request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? ''
      }
      return emit.call(this, event, ...args)
    } as typeof Server.prototype.emit
  }
}
