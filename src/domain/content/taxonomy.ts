/**
 * The TNE's vocabularies (domain.md, "TNE — Parentalité et Numérique"), shared by expert articles
 * and workshop kits: stored values are English identifiers, labels are what visitors read.
 */
export const TNE_THEMES = {
  children_digital_uses: 'Usages numériques des enfants',
  school_digital_tools: 'Outils numériques de l’école',
  code_robotics_ai: 'Code, robotique et intelligence artificielle',
  video_games_esport: 'Jeux vidéo et e-sport',
  cyber_harassment: 'Cyberharcèlement',
  safe_internet_use: 'Usage sûr d’internet',
} as const

/** Who an expert article speaks to (the workshops' audiences). */
export const ARTICLE_AUDIENCES = {
  primary_parents: 'Parents d’élèves du primaire',
  college_parents: 'Parents de collégiens',
  professionals: 'Professionnels',
} as const

/** Who runs or attends a kit's session. */
export const KIT_AUDIENCES = {
  parents: 'Parents',
  families: 'Parents et enfants ensemble',
  professionals: 'Professionnels et médiateurs',
} as const

/** The school level of the children concerned. */
export const KIT_LEVELS = {
  ecole: 'École',
  college: 'Collège',
  lycee: 'Lycée',
} as const

/** The workshops' formats. */
export const KIT_FORMATS = {
  workshop: 'Atelier',
  parents_cafe: 'Café des parents',
  conference: 'Conférence',
  forum: 'Forum',
  escape_game: 'Escape game',
  theatre: 'Théâtre',
  drop_in: 'Permanence',
  mediator_training: 'Formation de médiateurs',
} as const

export type TneTheme = keyof typeof TNE_THEMES
export type KitAudience = keyof typeof KIT_AUDIENCES
export type KitLevel = keyof typeof KIT_LEVELS
export type KitFormat = keyof typeof KIT_FORMATS

/** Payload select options from a vocabulary. */
export function optionsOf(vocabulary: Record<string, string>): { label: string; value: string }[] {
  return Object.entries(vocabulary).map(([value, label]) => ({ value, label }))
}

/** Labels of stored values, in the vocabulary's order, unknown values left out. */
export function labelsOf(vocabulary: Record<string, string>, values: readonly string[] | null | undefined): string[] {
  const present = new Set(values ?? [])
  return Object.entries(vocabulary)
    .filter(([value]) => present.has(value))
    .map(([, label]) => label)
}
