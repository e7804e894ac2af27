import type { EstablishmentKind, PriorityEducation } from '../establishments/establishment'

/** Why a project may carry the Courte Échelle label; the platform suggests, a moderator confirms. */
export type CourteEchelleReason = 'rep' | 'rep_plus' | 'vocational_lycee' | 'isolated_rural' | 'inclusive_project'

export const COURTE_ECHELLE_REASON_LABELS: Record<CourteEchelleReason, string> = {
  rep: 'École ou établissement en REP',
  rep_plus: 'École ou établissement en REP+',
  vocational_lycee: 'Lycée professionnel',
  isolated_rural: 'École rurale isolée',
  inclusive_project: 'Projet inclusif (élèves en situation de handicap ou en risque de décrochage)',
}

export function suggestCourteEchelle(
  establishment: { kind: EstablishmentKind; priorityEducation: PriorityEducation; isolatedRural: boolean },
  project: { inclusive: boolean },
): CourteEchelleReason[] {
  const reasons: CourteEchelleReason[] = []
  if (establishment.priorityEducation === 'rep') reasons.push('rep')
  if (establishment.priorityEducation === 'rep_plus') reasons.push('rep_plus')
  if (establishment.kind === 'lycee_pro') reasons.push('vocational_lycee')
  if (establishment.isolatedRural) reasons.push('isolated_rural')
  if (project.inclusive) reasons.push('inclusive_project')
  return reasons
}
