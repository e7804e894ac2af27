import { describe, expect, it } from 'vitest'

import { withoutControlCharacters } from './control-characters'

describe('withoutControlCharacters', () => {
  it.each([
    ['plain text', 'Classe de mer', 'Classe de mer'],
    ['NUL, which PostgreSQL refuses in text', 'a\u0000b', 'ab'],
    ['every C0 control but tab, line feed and carriage return', 'x\u0001\u0008\u000B\u000C\u000E\u001Fy', 'xy'],
    ['DEL', 'x\u007Fy', 'xy'],
    ['tab, line breaks kept (a message’s paragraphs)', 'un\tdeux\r\ntrois\nquatre', 'un\tdeux\r\ntrois\nquatre'],
    ['accents, emoji, markup kept as text', 'Élève 😀 <script>alert(1)</script>', 'Élève 😀 <script>alert(1)</script>'],
    ['C1 and other Unicode kept', 'a\u0085b\u200Bc', 'a\u0085b\u200Bc'],
    ['only controls', '\u0000\u0000', ''],
  ])('%s', (_case, input, expected) => {
    expect(withoutControlCharacters(input)).toBe(expected)
  })

  it('gives the same answer every time (no regular expression state between calls)', () => {
    expect([withoutControlCharacters('a\u0000b'), withoutControlCharacters('a\u0000b')]).toEqual(['ab', 'ab'])
  })
})
