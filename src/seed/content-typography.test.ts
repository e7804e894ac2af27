import { describe, expect, it } from 'vitest'

import { typeset, typographyFaults } from '@/domain/text/typography'

import { demoLegalSettings, parentalitePages, projetsPages } from './content'
import { EXPERT_ARTICLES, NEWS, WORKSHOP_KITS } from './editorial-content'
import { PLACEHOLDER_PAGES } from './skeleton-pages'

/** Every string of a seed value, with where it is. */
function strings(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]]
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${at}[${index}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${at}.${key}`))
  return []
}

// The texts readers see: what the sites render goes through typeset() (editorial rich text, pages, blocks).
const DEMO = strings(
  {
    projetsPages,
    parentalitePages,
    PLACEHOLDER_PAGES,
    EXPERT_ARTICLES,
    WORKSHOP_KITS,
    NEWS,
    legal: demoLegalSettings('contact@portail.example'),
  },
  'seed',
).filter(
  ([at]) =>
    !/\.(slug|url|blockType|kind|audiences|themes|levels|format|contactEmail|establishedOn|auditDate|publishedDate|image|photo|file)\b/.test(
      at,
    ),
)

describe('the demo content, as rendered, passes French typography', () => {
  it('holds texts that need it (the check is not vacuous)', () => {
    expect(DEMO.length).toBeGreaterThan(100)
    expect(DEMO.filter(([, text]) => typographyFaults(text).length > 0).length).toBeGreaterThan(10)
  })
  it('has no fault once typeset', () => {
    const faults = DEMO.flatMap(([at, text]) =>
      typographyFaults(typeset(text)).map((f) => `${at}: ${f.rule}: « ${f.excerpt} »`),
    )
    expect(faults).toEqual([])
  })
})
