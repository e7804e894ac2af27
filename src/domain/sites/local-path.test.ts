import { describe, expect, it } from 'vitest'

import { localPath } from './local-path'

describe('localPath', () => {
  it.each(['/mon-espace', '/proposer-un-projet?projet=12&etape=3', '/projets/classe-de-mer'])('keeps %s', (path) =>
    expect(localPath(path)).toBe(path),
  )
  it.each([
    '//evil.example',
    '/\\evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    '',
    null,
    undefined,
    '/a b',
    '/<script>',
  ])('refuses %s', (path) => {
    expect(localPath(path)).toBeNull()
  })
})
