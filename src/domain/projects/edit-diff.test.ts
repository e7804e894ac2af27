import { describe, expect, it } from 'vitest'

import { changedFields } from './edit-diff'

describe('changedFields', () => {
  it('lists changed tracked fields with before and after', () => {
    expect(
      changedFields({ title: 'A', summary: 'x', status: 'draft' }, { title: 'B', summary: 'x', status: 'collecting' }),
    ).toEqual([{ field: 'title', before: 'A', after: 'B' }])
  })
  it('treats populated relations as their ids', () => {
    const doc = { id: 3, name: 'École', createdAt: '2026-01-01' }
    expect(
      changedFields({ establishment: doc, themes: [{ id: 1, createdAt: 'x' }] }, { establishment: 3, themes: [1] }),
    ).toEqual([])
  })
  it('ignores row ids and empty values', () => {
    expect(
      changedFields(
        { budgetLines: [{ id: 'a1', label: 'Car', amountCents: 100 }], summary: '' },
        { budgetLines: [{ id: 'b2', label: 'Car', amountCents: 100 }], summary: undefined },
      ),
    ).toEqual([])
  })
  it('sees a changed amount inside a row', () => {
    const [change] = changedFields(
      { budgetLines: [{ label: 'Car', amountCents: 100 }] },
      { budgetLines: [{ label: 'Car', amountCents: 150 }] },
    )
    expect(change).toEqual({
      field: 'budgetLines',
      before: [{ label: 'Car', amountCents: 100 }],
      after: [{ label: 'Car', amountCents: 150 }],
    })
  })
})
