/**
 * The sections of the yearly activity report, in order: the editors write a text for each in the
 * admin (`activity-reports`), the figures under it come from the data.
 */
export const REPORT_SECTIONS = [
  { key: 'introduction', title: 'Introduction', hint: 'Le mot d’ouverture du rapport.' },
  { key: 'activity', title: 'L’activité sur cinq ans', hint: 'Avant le tableau d’activité des cinq dernières années.' },
  {
    key: 'territories',
    title: 'Les territoires',
    hint: 'Avant les projets par académie et les départements les plus actifs.',
  },
  { key: 'themes', title: 'Les thématiques et les niveaux', hint: 'Avant les projets par thématique et par niveau.' },
  {
    key: 'donors',
    title: 'Les donateurs',
    hint: 'Avant les chiffres des dons : particuliers, entreprises, volet solidaire.',
  },
  {
    key: 'solidarity',
    title: 'Courte Échelle, fonds solidaire et mécènes',
    hint: 'Avant les chiffres de Courte Échelle, du fonds solidaire et des abondements.',
  },
  {
    key: 'tne',
    title: 'Territoires numériques éducatifs',
    hint: 'Avant les chiffres de Parentalité et Numérique par territoire.',
  },
  { key: 'conclusion', title: 'Conclusion', hint: 'Le mot de la fin.' },
] as const

export type ReportSectionKey = (typeof REPORT_SECTIONS)[number]['key']

/** The editors' text split into paragraphs (blank lines between them). */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
}
