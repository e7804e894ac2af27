import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access'

/**
 * The last reference number given per territory and year. Written only by the conventions' create
 * hook (one `INSERT … ON CONFLICT DO UPDATE` in the creation's transaction): concurrent creations
 * wait on the counter's row, and a creation that fails gives its number back.
 */
export const ConventionCounters: CollectionConfig = {
  slug: 'convention-counters',
  labels: {
    singular: { fr: 'Compteur de conventions', en: 'Convention counter' },
    plural: { fr: 'Compteurs de conventions', en: 'Convention counters' },
  },
  admin: { hidden: true },
  access: { read: adminOnly, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['territory', 'year'], unique: true }],
  fields: [
    { name: 'territory', type: 'relationship', relationTo: 'territories', required: true },
    { name: 'year', type: 'number', required: true },
    { name: 'last', type: 'number', required: true, defaultValue: 0 },
  ],
}
