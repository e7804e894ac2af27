/** Levels and kinds of projects (domain.md), with their French labels. */
export const PROJECT_LEVELS = [
  { value: 'ecole', label: 'École (1er degré)' },
  { value: 'college', label: 'Collège (2nd degré)' },
  { value: 'lycee', label: 'Lycée (2nd degré)' },
] as const

export const PROJECT_KINDS = [
  { value: 'outing', label: 'Sortie' },
  { value: 'stay_with_nights', label: 'Séjour avec nuitées' },
  { value: 'international_trip', label: 'Voyage à l’étranger' },
  { value: 'equipment', label: 'Équipement' },
  { value: 'creation_show', label: 'Création ou spectacle' },
  { value: 'other', label: 'Autre' },
] as const

export const labelOf = (options: readonly { value: string; label: string }[], value: string | null | undefined) =>
  options.find((o) => o.value === value)?.label ?? '—'
