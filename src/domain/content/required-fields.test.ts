import { describe, expect, it } from 'vitest'

import { missingPaths, requiredPaths } from './required-fields'

const fields = [
  { name: 'title', type: 'text', required: true },
  { name: 'tenant', type: 'relationship', required: true },
  { name: 'excerpt', type: 'textarea' },
  { type: 'row', fields: [{ name: 'slug', type: 'text', required: true }] },
  {
    name: 'expert',
    type: 'group',
    fields: [
      { name: 'name', type: 'text', required: true },
      { name: 'photo', type: 'upload' },
    ],
  },
  {
    type: 'tabs',
    tabs: [
      { fields: [{ name: 'body', type: 'richText', required: true }] },
      { name: 'meta', fields: [{ name: 'title', type: 'text' }] },
    ],
  },
  { name: 'steps', type: 'array', fields: [{ name: 'label', type: 'text', required: true }] },
]

describe('required fields of a draft to schedule', () => {
  it('lists required paths through rows, groups and tabs, not the tenant nor array rows', () => {
    expect(requiredPaths(fields)).toEqual(['title', 'slug', 'expert.name', 'body'])
  })

  it.each([
    ['complete', { title: 'T', slug: 't', expert: { name: 'N' }, body: { root: {} } }, []],
    [
      'empty strings count as missing',
      { title: '  ', slug: 't', expert: { name: '' }, body: { root: {} } },
      ['title', 'expert.name'],
    ],
    ['a missing group', { title: 'T', slug: 't', body: { root: {} } }, ['expert.name']],
    ['nothing at all', {}, ['title', 'slug', 'expert.name', 'body']],
  ])('%s', (_name, data, expected) => {
    expect(missingPaths(data, requiredPaths(fields))).toEqual(expected)
  })
})
