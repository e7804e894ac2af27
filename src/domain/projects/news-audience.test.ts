import { describe, expect, it } from 'vitest'

import { newsAudience } from './news-audience'

describe('newsAudience', () => {
  it('sends public news to opted-in donors and followers', () => {
    expect(newsAudience('public', ['ana@exemple.fr'], ['bob@exemple.fr'])).toEqual([
      { email: 'ana@exemple.fr', reason: 'donor' },
      { email: 'bob@exemple.fr', reason: 'follower' },
    ])
  })

  it('sends donors-only news to opted-in donors only', () => {
    expect(newsAudience('donors', ['ana@exemple.fr'], ['bob@exemple.fr'])).toEqual([
      { email: 'ana@exemple.fr', reason: 'donor' },
    ])
  })

  it('writes once to someone who is both, as a donor, whatever the case of the address', () => {
    expect(newsAudience('public', ['Ana@Exemple.fr'], ['ana@exemple.fr', 'ANA@exemple.fr'])).toEqual([
      { email: 'ana@exemple.fr', reason: 'donor' },
    ])
  })

  it('writes once per address among followers, and skips blank addresses', () => {
    expect(newsAudience('public', [], ['bob@exemple.fr', ' bob@exemple.fr ', ''])).toEqual([
      { email: 'bob@exemple.fr', reason: 'follower' },
    ])
  })

  it('sends nothing without readers', () => expect(newsAudience('public', [], [])).toEqual([]))
})
