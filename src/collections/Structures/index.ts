import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access'
import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'

export const STRUCTURE_KINDS = [
  { value: 'school_cooperative', label: { fr: 'Coopérative scolaire (association départementale OCCE)', en: 'School cooperative (OCCE)' } },
  { value: 'eple', label: { fr: 'Établissement public local d’enseignement (EPLE)', en: 'Public secondary school (EPLE)' } },
  { value: 'sports_association', label: { fr: 'Association sportive', en: 'Sports association' } },
  { value: 'maison_des_lyceens', label: { fr: 'Maison des lycéens', en: 'Maison des lycéens' } },
  { value: 'private_school_association', label: { fr: 'Association gestionnaire d’établissement privé', en: 'Private school managing association' } },
  { value: 'other_association', label: { fr: 'Autre association', en: 'Other association' } },
]

/**
 * Receiving structures: the legal bodies that receive the money. Completed by the projects and
 * tax-receipts issues; here, what users need to be attached to them.
 */
export const Structures: CollectionConfig = {
  slug: 'structures',
  labels: { singular: { fr: 'Structure bénéficiaire', en: 'Receiving structure' }, plural: { fr: 'Structures bénéficiaires', en: 'Receiving structures' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'department'], group: { fr: 'Financement participatif', en: 'Crowdfunding' } },
  access: {
    read: ({ req: { user } }) => {
      if (hasRole(user, 'admin', 'moderator')) return true
      if (user && hasRole(user, 'structure-manager')) return { id: { in: relationIds(user.structures) } }
      return false
    },
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
  },
  fields: [
    { name: 'name', type: 'text', label: { fr: 'Nom déclaré', en: 'Registered name' }, required: true },
    { name: 'kind', type: 'select', label: { fr: 'Type', en: 'Kind' }, required: true, options: STRUCTURE_KINDS },
    {
      name: 'legalId',
      type: 'text',
      label: { fr: 'SIREN ou RNA', en: 'SIREN or RNA' },
      validate: (value: string | null | undefined) =>
        !value || /^(\d{9}|W\d{9})$/.test(value) || 'Indiquez un SIREN (9 chiffres) ou un numéro RNA (W suivi de 9 chiffres).',
    },
    { name: 'address', type: 'textarea', label: { fr: 'Adresse', en: 'Address' } },
    { name: 'department', type: 'relationship', relationTo: 'departments', label: { fr: 'Département', en: 'Département' } },
    {
      name: 'stripeAccountId',
      type: 'text',
      label: { fr: 'Compte connecté Stripe', en: 'Stripe connected account' },
      admin: { description: { fr: 'acct_… : les versements des collectes réussies y sont virés. Sans compte, le versement est fait par virement bancaire.', en: 'acct_…; without one, payouts are made by bank transfer.' } },
      validate: (value: string | null | undefined) => !value || /^acct_[A-Za-z0-9]{8,}$/.test(value) || 'Indiquez l’identifiant du compte connecté Stripe (acct_…).',
    },
  ],
}
