import { describe, expect, it } from 'vitest'

import { plainText, readingMinutes, truncate } from './rich-text'

const doc = {
  root: {
    type: 'root',
    children: [
      { type: 'heading', children: [{ type: 'text', text: 'Majorité numérique' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'La loi du ' },
          { type: 'text', text: '7 juillet 2023' },
          { type: 'text', text: ' fixe un âge.' },
        ],
      },
      {
        type: 'list',
        children: [
          { type: 'listitem', children: [{ type: 'text', text: 'un' }] },
          { type: 'listitem', children: [{ type: 'text', text: 'deux' }] },
        ],
      },
    ],
  },
}

describe('plainText', () => {
  it('joins the text nodes, one line per block', () => {
    expect(plainText(doc)).toBe('Majorité numérique\nLa loi du 7 juillet 2023 fixe un âge.\nun\ndeux')
  })
  it.each([[null], [undefined], [{}], ['texte']])('is empty for %j', (value) => {
    expect(plainText(value)).toBe('')
  })
})

describe('readingMinutes', () => {
  it.each([
    ['', 1],
    ['mot '.repeat(199), 1],
    ['mot '.repeat(300), 2],
    ['mot '.repeat(1000), 5],
    ['— – … '.repeat(500), 1],
  ])('%#', (text, minutes) => {
    expect(readingMinutes(text)).toBe(minutes)
  })
})

describe('truncate', () => {
  it('keeps a short text', () => expect(truncate(' Court  texte ', 20)).toBe('Court texte'))
  it('cuts at a word, with an ellipsis, within the limit', () => {
    const cut = truncate('Pour un usage éclairé de l’intelligence artificielle en éducation', 30)
    expect(cut).toBe('Pour un usage éclairé de…')
    expect(cut.length).toBeLessThanOrEqual(30)
  })
})
