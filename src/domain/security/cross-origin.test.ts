import { describe, expect, it } from 'vitest'

import { isCrossOriginPost } from './cross-origin'

const post = (
  origin: string | null,
  host: string | null = 'localhost:3000',
  forwardedHost: string | null = null,
  method = 'POST',
) => ({ method, origin, host, forwardedHost })

describe('isCrossOriginPost', () => {
  it.each([
    ['same origin', post('http://localhost:3000'), false],
    [
      'same origin, another site of the portal on its own host',
      post('https://tne.example.fr', 'tne.example.fr'),
      false,
    ],
    [
      'behind a proxy: X-Forwarded-Host decides, as for Next.js',
      post('https://projets.example.fr', '10.0.0.5:3000', 'projets.example.fr'),
      false,
    ],
    [
      'X-Forwarded-Host with several values: the first',
      post('https://projets.example.fr', '10.0.0.5:3000', 'projets.example.fr, lb.internal'),
      false,
    ],
    ['no Origin (a script, without the visitor’s cookies): let through like Next.js', post(null), false],
    ['a read', post('https://evil.example', 'localhost:3000', null, 'GET'), false],
    ['HEAD', post('https://evil.example', 'localhost:3000', null, 'HEAD'), false],
    ['OPTIONS', post('https://evil.example', 'localhost:3000', null, 'OPTIONS'), false],
    ['another site', post('https://evil.example'), true],
    ['another port of the same host', post('http://localhost:4000'), true],
    ['another scheme with the default port', post('https://localhost'), true],
    ['the other portal site posting to this one', post('http://tne.localhost:3000'), true],
    ['a sandboxed frame or a privacy-stripped Origin', post('null'), true],
    ['a malformed Origin (Next.js would throw)', post('pas une origine'), true],
    [
      'X-Forwarded-Host differs while Host matches',
      post('http://localhost:3000', 'localhost:3000', 'projets.example.fr'),
      true,
    ],
    ['no Host at all', post('http://localhost:3000', null), true],
    ['PUT from another site', post('https://evil.example', 'localhost:3000', null, 'PUT'), true],
    ['lower-case method', post('https://evil.example', 'localhost:3000', null, 'post'), true],
  ])('%s', (_case, request, expected) => {
    expect(isCrossOriginPost(request)).toBe(expected)
  })
})
