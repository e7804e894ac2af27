import type { Field } from 'payload'

import { CAMPAIGN_OUTCOMES } from '@/domain/statistics/campaigns'
import { nobody } from '@/access'

const readOnly = { create: nobody, update: nobody }

/**
 * Campaigns imported from the former platform (`npm run import:legacy`, src/services/history): they
 * are `archived` (no transition leaves that state, so no job and no person moves them), carry the
 * outcome the former platform recorded, and are written only by the import.
 */
export const importedHistoryFields: Field = {
  type: 'collapsible',
  label: { fr: 'Historique importé', en: 'Imported history' },
  admin: { position: 'sidebar', condition: (data) => Boolean(data?.imported) },
  fields: [
    {
      name: 'imported',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { fr: 'Importé de l’ancienne plateforme', en: 'Imported from the former platform' },
      access: readOnly,
      admin: { readOnly: true },
    },
    {
      name: 'legacyId',
      type: 'text',
      unique: true,
      label: { fr: 'Identifiant sur l’ancienne plateforme', en: 'Id on the former platform' },
      access: readOnly,
      admin: { readOnly: true },
    },
    {
      name: 'legacyOutcome',
      type: 'select',
      label: { fr: 'Issue de la collecte', en: 'Campaign outcome' },
      options: CAMPAIGN_OUTCOMES.map((value) => ({
        value,
        label: value === 'succeeded' ? { fr: 'Réussie', en: 'Succeeded' } : { fr: 'Échouée', en: 'Failed' },
      })),
      access: readOnly,
      admin: { readOnly: true },
    },
  ],
}
