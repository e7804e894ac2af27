import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access'

/**
 * Payment events applied (Stripe webhooks, test provider): the unique event id is inserted in the
 * same transaction as the event's effect, so an event delivered twice is applied once.
 */
export const PaymentEvents: CollectionConfig = {
  slug: 'payment-events',
  labels: {
    singular: { fr: 'Événement de paiement', en: 'Payment event' },
    plural: { fr: 'Événements de paiement', en: 'Payment events' },
  },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['eventId', 'type', 'donation', 'outcome', 'createdAt'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  access: { read: adminOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'eventId',
      type: 'text',
      label: { fr: 'Identifiant de l’événement', en: 'Event id' },
      required: true,
      unique: true,
    },
    { name: 'provider', type: 'text', label: { fr: 'Prestataire', en: 'Provider' }, required: true },
    { name: 'type', type: 'text', label: { fr: 'Type', en: 'Type' }, required: true },
    {
      name: 'donation',
      type: 'relationship',
      relationTo: 'donations',
      label: { fr: 'Don', en: 'Donation' },
      index: true,
    },
    { name: 'outcome', type: 'text', label: { fr: 'Résultat', en: 'Outcome' } },
  ],
}
