export type TerritorySeed = {
  slug: string
  name: string
  departmentCode: string
  cohort: 'pilot' | 'extension'
  startYear: number
  endYear: number
}

export const territories: TerritorySeed[] = [
  {
    slug: 'aisne',
    name: 'Aisne',
    departmentCode: '02',
    cohort: 'pilot',
    startYear: 2020,
    endYear: 2024,
  },
  {
    slug: 'val-d-oise',
    name: "Val-d'Oise",
    departmentCode: '95',
    cohort: 'pilot',
    startYear: 2020,
    endYear: 2024,
  },
  {
    slug: 'bouches-du-rhone',
    name: 'Bouches-du-Rhône',
    departmentCode: '13',
    cohort: 'extension',
    startYear: 2022,
    endYear: 2026,
  },
  {
    slug: 'cher',
    name: 'Cher',
    departmentCode: '18',
    cohort: 'extension',
    startYear: 2022,
    endYear: 2026,
  },
  {
    slug: 'corse-du-sud',
    name: 'Corse-du-Sud',
    departmentCode: '2A',
    cohort: 'extension',
    startYear: 2022,
    endYear: 2026,
  },
  {
    slug: 'doubs',
    name: 'Doubs',
    departmentCode: '25',
    cohort: 'extension',
    startYear: 2022,
    endYear: 2026,
  },
  {
    slug: 'finistere',
    name: 'Finistère',
    departmentCode: '29',
    cohort: 'extension',
    startYear: 2022,
    endYear: 2026,
  },
  {
    slug: 'guadeloupe',
    name: 'Guadeloupe',
    departmentCode: '971',
    cohort: 'extension',
    startYear: 2022,
    endYear: 2026,
  },
  {
    slug: 'herault',
    name: 'Hérault',
    departmentCode: '34',
    cohort: 'extension',
    startYear: 2022,
    endYear: 2026,
  },
  {
    slug: 'isere',
    name: 'Isère',
    departmentCode: '38',
    cohort: 'extension',
    startYear: 2022,
    endYear: 2026,
  },
  {
    slug: 'vienne',
    name: 'Vienne',
    departmentCode: '86',
    cohort: 'extension',
    startYear: 2022,
    endYear: 2026,
  },
  {
    slug: 'vosges',
    name: 'Vosges',
    departmentCode: '88',
    cohort: 'extension',
    startYear: 2022,
    endYear: 2026,
  },
]
