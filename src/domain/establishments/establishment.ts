/** UAI (unité administrative immatriculée): 7 digits and a check letter. */
export const UAI_PATTERN = /^\d{7}[A-Z]$/

export const ESTABLISHMENT_KINDS = [
  { value: 'ecole_maternelle', label: 'École maternelle' },
  { value: 'ecole_elementaire', label: 'École élémentaire' },
  { value: 'ecole_primaire', label: 'École primaire' },
  { value: 'college', label: 'Collège' },
  { value: 'lycee_gt', label: 'Lycée général et technologique' },
  { value: 'lycee_pro', label: 'Lycée professionnel' },
  { value: 'lycee_polyvalent', label: 'Lycée polyvalent' },
  { value: 'erea', label: 'EREA' },
  { value: 'other', label: 'Autre' },
] as const

export type EstablishmentKind = (typeof ESTABLISHMENT_KINDS)[number]['value']

export const SECTORS = [
  { value: 'public', label: 'Public' },
  { value: 'private_contract', label: 'Privé sous contrat' },
] as const

export type Sector = (typeof SECTORS)[number]['value']

export const PRIORITY_EDUCATION = [
  { value: 'none', label: 'Aucune' },
  { value: 'rep', label: 'REP' },
  { value: 'rep_plus', label: 'REP+' },
] as const

export type PriorityEducation = (typeof PRIORITY_EDUCATION)[number]['value']
