import { describe, expect, it } from 'vitest'

import { normalizeHost } from './host'

describe('normalizeHost', () => {
  it.each([
    ['localhost:3000', 'localhost'],
    ['TNE.Localhost:3000', 'tne.localhost'],
    ['projets.example.fr.', 'projets.example.fr'],
    ['projets.example.fr', 'projets.example.fr'],
    ['127.0.0.1:3000', '127.0.0.1'],
    ['[::1]:3000', null],
    ['', null],
    [null, null],
    ['evil.example/../x', null],
    ['-bad.example', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected)
  })
})
