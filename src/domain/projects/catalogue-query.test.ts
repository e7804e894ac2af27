import { describe, expect, it } from 'vitest'

import { catalogueHref, hasCatalogueFilters, parseCatalogueQuery } from './catalogue-query'

describe('parseCatalogueQuery', () => {
  it('defaults to every collecting project, ending soonest first, page 1', () => {
    expect(parseCatalogueQuery({})).toEqual({ tri: 'fin', page: 1 })
  })

  it('reads every filter', () => {
    expect(
      parseCatalogueQuery({
        q: ' classe de mer ',
        academie: '25',
        departement: '2a',
        niveau: 'ecole',
        theme: 'sciences',
        type: 'stay_with_nights',
        courteEchelle: '1',
        procheMinimum: 'on',
        tri: 'objectif',
        page: '3',
      }),
    ).toEqual({
      q: 'classe de mer',
      academie: '25',
      departement: '2A',
      niveau: 'ecole',
      theme: 'sciences',
      type: 'stay_with_nights',
      courteEchelle: true,
      procheMinimum: true,
      tri: 'objectif',
      page: 3,
    })
  })

  it.each([
    ['an unknown level', { niveau: 'maternelle' }],
    ['a page that is not a number', { page: 'deux' }],
    ['page 0', { page: '0' }],
    ['an injected theme', { theme: "x' OR 1=1" }],
    ['an unknown sort', { tri: 'prix' }],
    ['a search of 101 characters', { q: 'a'.repeat(101) }],
  ])('drops %s instead of failing', (_label, params) => {
    expect(parseCatalogueQuery(params)).toEqual({ tri: 'fin', page: 1 })
  })

  it('drops control characters from the search (PostgreSQL refuses NUL)', () => {
    expect(parseCatalogueQuery({ q: 'mer\u0000\u0007' }).q).toBe('mer')
    expect(parseCatalogueQuery({ q: '\u0000' }).q).toBeUndefined()
  })

  it('takes the first of repeated parameters', () => {
    expect(parseCatalogueQuery({ niveau: ['lycee', 'ecole'] }).niveau).toBe('lycee')
  })
})

describe('catalogueHref', () => {
  it('keeps filters, leaves out defaults', () => {
    const query = parseCatalogueQuery({ niveau: 'college', courteEchelle: '1' })
    expect(catalogueHref(query)).toBe('/projets?niveau=college&courteEchelle=1')
    expect(catalogueHref(query, { page: 2 })).toBe('/projets?niveau=college&courteEchelle=1&page=2')
    expect(catalogueHref(parseCatalogueQuery({}))).toBe('/projets')
  })
})

describe('hasCatalogueFilters', () => {
  it.each([
    [{}, false],
    [{ tri: 'recents', page: '3' }, false],
    [{ q: '   ' }, false],
    [{ q: 'mer' }, true],
    [{ departement: '95' }, true],
    [{ courteEchelle: '1' }, true],
    [{ niveau: 'inconnu' }, false],
  ])('%j → %s', (params, expected) => {
    expect(hasCatalogueFilters(parseCatalogueQuery(params))).toBe(expected)
  })
})
