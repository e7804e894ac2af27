/** The vocabularies of the TNE programme (domain.md, "TNE — Parentalité et Numérique"), with French labels. */

export const PARTNER_KINDS = [
  'association',
  'commune',
  'intercommunality',
  'departmental_council',
  'school',
  'other',
] as const
export type PartnerKind = (typeof PARTNER_KINDS)[number]
export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  association: 'Association',
  commune: 'Commune',
  intercommunality: 'Communauté de communes',
  departmental_council: 'Conseil départemental',
  school: 'Établissement scolaire',
  other: 'Autre',
}

export const CONVENTION_KINDS = ['partnership', 'consortium', 'transfer'] as const
export type ConventionKind = (typeof CONVENTION_KINDS)[number]
export const CONVENTION_KIND_LABELS: Record<ConventionKind, string> = {
  partnership: 'Convention de partenariat',
  consortium: 'Accord de consortium',
  transfer: 'Convention de reversement',
}

export const WORKSHOP_FORMATS = [
  'workshop',
  'parents_cafe',
  'conference',
  'forum',
  'escape_game',
  'theatre',
  'drop_in',
  'mediator_training',
] as const
export type WorkshopFormat = (typeof WORKSHOP_FORMATS)[number]
export const WORKSHOP_FORMAT_LABELS: Record<WorkshopFormat, string> = {
  workshop: 'Atelier',
  parents_cafe: 'Café des parents',
  conference: 'Conférence',
  forum: 'Forum',
  escape_game: 'Escape game',
  theatre: 'Théâtre',
  drop_in: 'Permanence',
  mediator_training: 'Formation de médiateurs',
}

export const WORKSHOP_THEMES = [
  'children_digital_uses',
  'school_digital_tools',
  'code_robotics_ai',
  'video_games_esport',
  'cyber_harassment',
  'safe_internet',
] as const
export type WorkshopTheme = (typeof WORKSHOP_THEMES)[number]
export const WORKSHOP_THEME_LABELS: Record<WorkshopTheme, string> = {
  children_digital_uses: 'Usages numériques des enfants',
  school_digital_tools: 'Outils numériques de l’école',
  code_robotics_ai: 'Code, robotique et IA',
  video_games_esport: 'Jeux vidéo et e-sport',
  cyber_harassment: 'Cyberharcèlement',
  safe_internet: 'Internet sans crainte',
}

export const WORKSHOP_AUDIENCES = ['parents_primary', 'parents_college', 'professionals'] as const
export type WorkshopAudience = (typeof WORKSHOP_AUDIENCES)[number]
export const WORKSHOP_AUDIENCE_LABELS: Record<WorkshopAudience, string> = {
  parents_primary: 'Parents d’élèves du primaire',
  parents_college: 'Parents de collégiens',
  professionals: 'Professionnels',
}

export const WORKSHOP_STATUSES = ['planned', 'held', 'cancelled'] as const
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number]
export const WORKSHOP_STATUS_LABELS: Record<WorkshopStatus, string> = {
  planned: 'Prévu',
  held: 'Réalisé',
  cancelled: 'Annulé',
}

/** The years of each cohort of TNE territories, and its name with them. */
export const COHORT_PERIODS = { pilot: '2020–2024', extension: '2022–2026' } as const
export const COHORT_LABELS = {
  pilot: `Pilote (${COHORT_PERIODS.pilot})`,
  extension: `Extension (${COHORT_PERIODS.extension})`,
} as const

/** Select options for Payload fields, from one of the label maps above. */
export function selectOptions<K extends string>(
  labels: Record<K, string>,
): { value: K; label: { fr: string; en: string } }[] {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label: { fr: label, en: value } }))
}
