/** The fields of the teacher's project form, in form order, with their French labels. */
export const PROJECT_FORM_FIELDS = [
  ['establishment', 'Établissement'],
  ['structure', 'Structure bénéficiaire'],
  ['title', 'Titre'],
  ['level', 'Niveau'],
  ['kind', 'Type de projet'],
  ['nights', 'Nuitées'],
  ['pupils', 'Élèves concernés'],
  ['themes', 'Thématiques'],
  ['summary', 'Résumé'],
  ['description', 'Description'],
  ['pedagogicalGoals', 'Objectifs pédagogiques'],
  ['inclusive', 'Projet inclusif'],
  ['budgetLines', 'Budget'],
  ['otherFunding', 'Autres financements'],
  ['minimumGoalCents', 'Objectif minimum'],
  ['optimumGoalCents', 'Objectif optimum'],
  ['startDate', 'Début de la collecte'],
  ['endDate', 'Fin de la collecte'],
  ['stopAtOptimum', 'Arrêter la collecte à l’optimum'],
  ['counterparts', 'Contreparties proposées aux entreprises'],
  ['cover', 'Photo principale'],
  ['gallery', 'Galerie'],
  ['schoolHead', 'Direction de l’école'],
] as const

export type ProjectFormField = (typeof PROJECT_FORM_FIELDS)[number][0]
