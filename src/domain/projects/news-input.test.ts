import { describe, expect, it } from 'vitest'

import { NEWS_BODY_MAX, NEWS_TITLE_MAX, parseNewsInput, picturesRoom } from './news-input'

describe('parseNewsInput', () => {
  it.each([
    [
      'a complete public item, trimmed',
      { title: ' Le car est réservé ', body: 'Merci !', visibility: 'public' },
      { ok: true, data: { title: 'Le car est réservé', body: 'Merci !', visibility: 'public' } },
    ],
    [
      'donors only',
      { title: 'T', body: 'B', visibility: 'donors' },
      { ok: true, data: { title: 'T', body: 'B', visibility: 'donors' } },
    ],
    [
      'nothing typed',
      {},
      {
        ok: false,
        errors: {
          title: 'Donnez un titre à votre actualité.',
          body: 'Écrivez le texte de votre actualité.',
          visibility: 'Choisissez qui peut lire cette actualité.',
        },
      },
    ],
    [
      'blank title',
      { title: '   ', body: 'B', visibility: 'public' },
      { ok: false, errors: { title: 'Donnez un titre à votre actualité.' } },
    ],
    [
      'an unknown audience',
      { title: 'T', body: 'B', visibility: 'everyone' },
      { ok: false, errors: { visibility: 'Choisissez qui peut lire cette actualité.' } },
    ],
  ])('%s', (_, values, expected) => expect(parseNewsInput(values)).toEqual(expected))

  it('accepts the longest title and text, refuses one character more', () => {
    expect(
      parseNewsInput({ title: 'a'.repeat(NEWS_TITLE_MAX), body: 'b'.repeat(NEWS_BODY_MAX), visibility: 'public' }).ok,
    ).toBe(true)
    expect(
      parseNewsInput({
        title: 'a'.repeat(NEWS_TITLE_MAX + 1),
        body: 'b'.repeat(NEWS_BODY_MAX + 1),
        visibility: 'public',
      }),
    ).toEqual({
      ok: false,
      errors: {
        title: `Le titre ne doit pas dépasser ${NEWS_TITLE_MAX} caractères.`,
        body: `Le texte ne doit pas dépasser ${NEWS_BODY_MAX} caractères.`,
      },
    })
  })

  it('leaves room for six pictures at most', () => {
    expect([0, 4, 6, 7].map(picturesRoom)).toEqual([6, 2, 0, 0])
  })
})
