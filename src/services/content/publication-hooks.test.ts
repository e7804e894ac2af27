import { afterEach, describe, expect, it, vi } from 'vitest'

vi.mock('@/services/cache/next-revalidate', () => ({ revalidatePages: vi.fn() }))

const { revalidatePages } = await import('@/services/cache/next-revalidate')
const { revalidateEditorial } = await import('./publication-hooks')

afterEach(() => vi.mocked(revalidatePages).mockClear())

const paths = () =>
  vi
    .mocked(revalidatePages)
    .mock.calls.flat()
    .map(([path]) => path)
const run = (doc: object, previousDoc?: object) =>
  (revalidateEditorial('expert-articles') as (args: object) => unknown)({ doc, previousDoc })

describe('revalidation of public pages after an editorial change', () => {
  it('re-renders the article pages and the pages listing the latest content when an article is published', () => {
    run({ _status: 'published' }, { _status: 'draft' })
    expect(paths()).toEqual([
      '/(sites)/[site]/carte-blanche',
      '/(sites)/[site]/carte-blanche/[slug]',
      '/(sites)/[site]',
      '/(sites)/[site]/[...slug]',
    ])
  })

  it('and when it is unpublished', () => {
    run({ _status: 'draft' }, { _status: 'published' })
    expect(revalidatePages).toHaveBeenCalledOnce()
  })

  it('but not for a draft saved over a draft: visitors see nothing new', () => {
    run({ _status: 'draft' }, { _status: 'draft' })
    expect(revalidatePages).not.toHaveBeenCalled()
  })

  it('and after a deletion', () => {
    run({ _status: 'published' })
    expect(revalidatePages).toHaveBeenCalledOnce()
  })
})
