/**
 * The TNE figures the GIP published for 2023 (../shared/data/activity-report-2023.md), as they were
 * published: some per territory, some for the pilot pair, the rest national. Shown by the statistics
 * until the territories' own indicators (TNE operations) exist: src/services/statistics/tne.ts.
 */
export type TneIndicatorSeed = {
  territory: string
  conventions: number | null
  partners: number | null
  initiatives: number | null
  workshops: number | null
  parents: number | null
  mediators: number | null
}

export const TNE_INDICATORS_2023: TneIndicatorSeed[] = [
  {
    territory: 'Aisne et Val-d’Oise (territoires pilotes)',
    conventions: null,
    partners: 14,
    initiatives: null,
    workshops: 187,
    parents: 2536,
    mediators: null,
  },
  {
    territory: 'Hérault',
    conventions: null,
    partners: 17,
    initiatives: null,
    workshops: 145,
    parents: null,
    mediators: 34,
  },
  {
    territory: 'Ensemble des territoires',
    conventions: 56,
    partners: 56,
    initiatives: 113,
    workshops: null,
    parents: null,
    mediators: 187,
  },
]
