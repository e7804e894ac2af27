import type { ProjectStatus } from './status'

/** What happens next, told to the project's owner in their space. */
export const NEXT_STEP_FOR_OWNER: Record<ProjectStatus, string> = {
  draft: 'Complétez le formulaire puis envoyez le projet au GIP pour relecture.',
  submitted: 'Le GIP va relire votre projet, en général sous une semaine. Vous pouvez encore le retirer.',
  in_review: 'Un chargé de projets du GIP relit votre projet. Vous serez prévenu par e-mail de sa décision.',
  changes_requested: 'Le GIP vous demande des modifications : corrigez le projet, puis renvoyez-le.',
  awaiting_school_validation: 'Le GIP a approuvé le projet. La direction de l’école a reçu un lien pour le confirmer.',
  scheduled: 'Tout est prêt : la collecte ouvrira automatiquement à la date de début.',
  collecting: 'La collecte est ouverte : partagez la page du projet et publiez des actualités.',
  settling: 'La collecte est terminée ; les derniers paiements sont vérifiés avant le résultat.',
  succeeded: 'Bravo, l’objectif minimum est atteint ! Les fonds seront versés à la structure bénéficiaire.',
  failed:
    'L’objectif minimum n’a pas été atteint ; les donateurs sont remboursés ou leur don va au fonds solidaire, selon leur choix.',
  funds_released: 'Les fonds ont été versés. Après le projet, publiez son bilan pour les donateurs.',
  realised: 'Le bilan est publié. Merci !',
  rejected: 'Le GIP n’a pas retenu ce projet ; le motif figure ci-dessous.',
  withdrawn: 'Vous avez retiré ce projet.',
  archived: 'Ce projet est archivé.',
}
