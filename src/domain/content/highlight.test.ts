import { describe, expect, it } from 'vitest'

import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, splitHighlights } from './highlight'

describe('splitHighlights', () => {
  it('splits plain and highlighted parts', () => {
    expect(splitHighlights(`Les ${S}écrans${E} et les ${S}enfants${E}.`)).toEqual([
      { text: 'Les ', highlighted: false },
      { text: 'écrans', highlighted: true },
      { text: ' et les ', highlighted: false },
      { text: 'enfants', highlighted: true },
      { text: '.', highlighted: false },
    ])
  })
  it('keeps markup as text', () => {
    expect(splitHighlights(`<script>${S}x${E}`)).toEqual([
      { text: '<script>', highlighted: false },
      { text: 'x', highlighted: true },
    ])
  })
  it('handles no match and an unclosed one', () => {
    expect(splitHighlights('rien')).toEqual([{ text: 'rien', highlighted: false }])
    expect(splitHighlights(`${S}fin`)).toEqual([{ text: 'fin', highlighted: true }])
    expect(splitHighlights('')).toEqual([])
  })
})
