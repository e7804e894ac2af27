import { describe, expect, it } from 'vitest'

import { facetOptions, filterKits, hasKitFilters, kitQueryString, parseKitQuery } from './kit-filters'

const kits = [
  {
    id: 'ecoles',
    audiences: ['parents', 'professionals'],
    themes: ['children_digital_uses', 'school_digital_tools'],
    format: 'workshop',
    levels: ['ecole'],
  },
  {
    id: 'colleges',
    audiences: ['parents'],
    themes: ['cyber_harassment', 'safe_internet_use'],
    format: 'parents_cafe',
    levels: ['college'],
  },
  {
    id: 'idees-recues',
    audiences: ['parents', 'families'],
    themes: ['video_games_esport', 'children_digital_uses'],
    format: 'conference',
    levels: ['ecole', 'college'],
  },
]

describe('parseKitQuery', () => {
  it('keeps known values once, in the vocabulary order, and drops the rest', () => {
    expect(
      parseKitQuery({
        public: ['professionals', 'parents', 'parents', 'pirates'],
        format: 'conference',
        niveau: '',
        autre: 'x',
      }),
    ).toEqual({
      public: ['parents', 'professionals'],
      theme: [],
      format: ['conference'],
      niveau: [],
    })
  })
})

describe('filterKits', () => {
  const ids = (query: Record<string, string | string[]>) => filterKits(kits, parseKitQuery(query)).map((k) => k.id)
  it.each([
    ['no filter', {}, ['ecoles', 'colleges', 'idees-recues']],
    ['one audience', { public: 'families' }, ['idees-recues']],
    ['two levels add up', { niveau: ['ecole', 'college'] }, ['ecoles', 'colleges', 'idees-recues']],
    ['facets narrow each other', { niveau: 'college', theme: 'children_digital_uses' }, ['idees-recues']],
    ['nothing matches', { format: 'theatre' }, []],
  ])('%s', (_name, query, expected) => {
    expect(ids(query)).toEqual(expected)
  })
})

describe('facetOptions', () => {
  it('counts each option under the other facets’ choices', () => {
    const options = facetOptions(kits, parseKitQuery({ niveau: 'college', public: 'parents' }))
    expect(options.niveau.find((o) => o.value === 'ecole')).toEqual({
      value: 'ecole',
      label: 'École',
      count: 2,
      checked: false,
    })
    expect(options.niveau.find((o) => o.value === 'college')).toMatchObject({ count: 2, checked: true })
    expect(options.public.find((o) => o.value === 'families')).toMatchObject({ count: 1 })
    expect(options.format.find((o) => o.value === 'workshop')).toMatchObject({ count: 0 })
  })
})

describe('kitQueryString', () => {
  it('repeats a facet for each value', () => {
    expect(kitQueryString(parseKitQuery({ public: ['parents', 'families'], format: 'forum' }))).toBe(
      '?public=parents&public=families&format=forum',
    )
    expect(kitQueryString(parseKitQuery({}))).toBe('')
    expect(hasKitFilters(parseKitQuery({}))).toBe(false)
  })
})
