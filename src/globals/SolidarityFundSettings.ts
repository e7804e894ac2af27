import type { GlobalConfig } from 'payload'

import { adminOnly } from '@/access'

/** Who holds the solidarity fund in law: the structure that issues the receipts of reallocated gifts. */
export const SolidarityFundSettings: GlobalConfig = {
  slug: 'solidarity-fund-settings',
  label: { fr: 'Réglages du fonds solidaire', en: 'Solidarity fund settings' },
  admin: { group: { fr: 'Financement participatif', en: 'Crowdfunding' } },
  access: { read: adminOnly, update: adminOnly },
  fields: [
    {
      name: 'holder',
      type: 'relationship',
      relationTo: 'structures',
      label: { fr: 'Structure qui porte le fonds', en: 'Fund holder' },
      admin: {
        description: {
          fr: 'Elle délivre les reçus fiscaux des dons versés au fonds solidaire ; elle doit être habilitée à en délivrer.',
          en: 'Issues the receipts of gifts moved to the fund.',
        },
      },
    },
  ],
}
