import { type GlobalBeforeChangeHook, type GlobalConfig, ValidationError } from 'payload'

import { adminOnly } from '@/access'
import { type LegacyKind, findLabelClashes, kindTable } from '@/domain/history/legacy-labels'
import { PROJECT_KINDS } from '@/domain/projects/options'

type KindLabel = { label?: string | null; kind?: LegacyKind | null }

/** A former name must not already name another kind (its French name, a usual word, an earlier row). */
const checkKindLabels: GlobalBeforeChangeHook = ({ data, global }) => {
  const rows = ((data.kinds ?? []) as KindLabel[]).filter((r): r is { label: string; kind: LegacyKind } =>
    Boolean(r.label && r.kind),
  )
  const clashes = findLabelClashes(
    rows.map((r) => ({ label: r.label, target: r.kind })),
    kindTable(),
  )
  if (clashes.length) {
    throw new ValidationError({
      global: global.slug,
      errors: clashes.map(({ index, heldBy }) => ({
        path: `kinds.${index}.label`,
        message: `« ${rows[index].label} » désigne déjà le type « ${heldBy} ».`,
      })),
    })
  }
  return data
}

/**
 * The former platform's names for our project kinds (issue 15), which `npm run import:legacy`
 * accepts besides each kind's French name. Themes carry theirs (Thématiques → Anciens noms).
 */
export const LegacyImportLabels: GlobalConfig = {
  slug: 'legacy-import-labels',
  label: { fr: 'Correspondances de l’import', en: 'History import labels' },
  admin: {
    group: { fr: 'Financement participatif', en: 'Crowdfunding' },
    description: {
      fr: 'Anciens noms acceptés par l’import de l’historique (npm run import:legacy) pour les types de projet. Ceux des thématiques se saisissent sur chaque thématique.',
      en: 'Former names the history import accepts for project kinds. Themes carry their own.',
    },
  },
  access: { read: adminOnly, update: adminOnly },
  hooks: { beforeChange: [checkKindLabels] },
  fields: [
    {
      name: 'kinds',
      type: 'array',
      label: { fr: 'Types de projet', en: 'Project kinds' },
      labels: {
        singular: { fr: 'Ancien nom', en: 'Alternative label' },
        plural: { fr: 'Anciens noms', en: 'Alternative labels' },
      },
      admin: {
        description: {
          fr: 'Anciens noms acceptés par l’import de l’historique, chacun avec le type de projet qu’il désigne.',
          en: 'Former names the history import accepts, each with its kind.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', label: { fr: 'Ancien nom', en: 'Label' }, required: true, maxLength: 120 },
            {
              name: 'kind',
              type: 'select',
              label: { fr: 'Type de projet', en: 'Kind' },
              required: true,
              options: PROJECT_KINDS.map(({ value, label }) => ({ value, label: { fr: label, en: value } })),
            },
          ],
        },
      ],
    },
  ],
}
