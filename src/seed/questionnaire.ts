import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

const options = (pairs: [string, string][]) => pairs.map(([value, label]) => ({ value, label }))

/** The default parents' satisfaction questionnaire: five short questions, none about the person. */
export const PARENTS_QUESTIONNAIRE = {
  title: 'Questionnaire de satisfaction des parents',
  submitButtonLabel: 'Envoyer mes réponses',
  fields: [
    {
      blockType: 'radio',
      name: 'satisfaction',
      label: 'Dans l’ensemble, êtes-vous satisfait(e) de l’atelier ?',
      required: true,
      options: options([
        ['4', 'Très satisfait(e)'],
        ['3', 'Plutôt satisfait(e)'],
        ['2', 'Plutôt pas satisfait(e)'],
        ['1', 'Pas du tout satisfait(e)'],
      ]),
    },
    {
      blockType: 'radio',
      name: 'utilite',
      label: 'Ce que vous avez appris vous servira-t-il à la maison ?',
      required: true,
      options: options([
        ['oui', 'Oui'],
        ['un-peu', 'Un peu'],
        ['non', 'Non'],
      ]),
    },
    {
      blockType: 'radio',
      name: 'recommandation',
      label: 'Recommanderiez-vous cet atelier à d’autres parents ?',
      required: true,
      options: options([
        ['oui', 'Oui'],
        ['non', 'Non'],
      ]),
    },
    {
      blockType: 'number',
      name: 'enfants',
      label: 'Combien d’enfants scolarisés avez-vous ? (facultatif)',
      required: false,
    },
    {
      blockType: 'textarea',
      name: 'commentaire',
      label: 'Un commentaire, une idée pour un prochain atelier ? (facultatif, sans nom ni coordonnées)',
      required: false,
    },
  ],
}

/** Creates the default questionnaire unless one exists (reference data: the feature needs it). */
export async function seedParentsQuestionnaire(payload: Payload): Promise<{ created: number }> {
  const existing = await payload.count({ collection: 'forms', where: { isParentsQuestionnaire: { equals: true } } })
  if (existing.totalDocs > 0) return { created: 0 }
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  await payload.create({
    collection: 'forms',
    data: {
      ...PARENTS_QUESTIONNAIRE,
      isParentsQuestionnaire: true,
      confirmationType: 'message',
      confirmationMessage: convertMarkdownToLexical({
        editorConfig,
        markdown: 'Merci ! Vos réponses, anonymes, aideront à améliorer les prochains ateliers.',
      }) as never,
    } as never,
    depth: 0,
  })
  return { created: 1 }
}
