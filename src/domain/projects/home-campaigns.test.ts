import { describe, expect, it } from 'vitest'

import { type HomeCandidate, homeFigures, pickHomeCampaigns } from './home-campaigns'

const project = (
  slug: string,
  endDate: string | null,
  collected: number,
  minimum: number,
  courteEchelle = false,
): HomeCandidate => ({
  slug,
  endDate,
  collectedCents: collected * 100,
  minimumGoalCents: minimum * 100,
  courteEchelle,
})

const TODAY = '2026-03-10'

describe('pickHomeCampaigns', () => {
  const projects = [
    project('a', '2026-03-12', 100, 1_000),
    project('b', '2026-03-10', 900, 1_000),
    project('c', '2026-04-30', 990, 1_000),
    project('d', '2026-04-01', 2_000, 1_000, true),
    project('e', '2026-05-01', 10, 1_000, true),
    project('f', '2026-03-20', 500, 1_000),
    project('g', '2026-03-09', 999, 1_000, true), // ended yesterday
    project('h', null, 0, 1_000),
    project('i', '2026-06-01', 0, 0, true), // no minimum: counts as reached
  ]
  const slugs = (groups: ReturnType<typeof pickHomeCampaigns>) =>
    Object.fromEntries(groups.map((g) => [g.id, g.projects.map((p) => p.slug)]))

  it('picks those ending soon, then the closest to their minimum, then Courte Échelle, never twice', () => {
    expect(slugs(pickHomeCampaigns(projects, TODAY))).toEqual({
      'ending-soon': ['b', 'a', 'f'],
      'near-minimum': ['c', 'e'],
      'courte-echelle': ['d', 'i'],
    })
  })

  it('leaves out a group with nothing left to show, and shows nothing without an open campaign', () => {
    expect(slugs(pickHomeCampaigns(projects.slice(0, 2), TODAY))).toEqual({ 'ending-soon': ['b', 'a'] })
    expect(pickHomeCampaigns([project('g', '2026-03-09', 1, 10)], TODAY)).toEqual([])
  })

  it('takes as many as asked per group', () => {
    expect(slugs(pickHomeCampaigns(projects, TODAY, 1))).toEqual({
      'ending-soon': ['b'],
      'near-minimum': ['c'],
      'courte-echelle': ['d'],
    })
  })
})

describe('homeFigures', () => {
  it('computes the success rate from the completed campaigns', () => {
    expect(
      homeFigures({
        collectingNow: 9,
        completed: 1_042,
        succeeded: 980,
        succeededCollectedCents: 137_000_000,
        donors: 21_925,
        firstYear: 2019,
      }),
    ).toEqual({
      collectingNow: 9,
      succeeded: 980,
      successPercent: 94,
      collectedCents: 137_000_000,
      donors: 21_925,
      sinceYear: 2019,
    })
  })
  it('has no rate before the first completed campaign', () => {
    expect(
      homeFigures({
        collectingNow: 0,
        completed: 0,
        succeeded: 0,
        succeededCollectedCents: 0,
        donors: 0,
        firstYear: null,
      }).successPercent,
    ).toBeNull()
  })
})
