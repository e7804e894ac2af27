import type { CollectionConfig, UploadFieldSingleValidation } from 'payload'

import { adminOnly, staffOrStructureManagers } from '@/access'
import { relationId } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { ISSUER_CODE } from '@/domain/receipts/numbering'

/** The signature printed on a structure's receipts is one uploaded for that structure. */
const signatureOfThisStructure: UploadFieldSingleValidation = async (value, { id, req }) => {
  const signatureId = relationId(value as never)
  if (signatureId === null) return true
  const signature = await req.payload
    .findByID({ collection: 'structure-signatures', id: signatureId, depth: 0 })
    .catch(() => null)
  return (
    (signature && id !== undefined && relationId(signature.structure) === Number(id)) ||
    'Choisissez une signature déposée pour cette structure.'
  )
}

export const STRUCTURE_KINDS = [
  {
    value: 'school_cooperative',
    label: { fr: 'Coopérative scolaire (association départementale OCCE)', en: 'School cooperative (OCCE)' },
  },
  {
    value: 'eple',
    label: { fr: 'Établissement public local d’enseignement (EPLE)', en: 'Public secondary school (EPLE)' },
  },
  { value: 'sports_association', label: { fr: 'Association sportive', en: 'Sports association' } },
  { value: 'maison_des_lyceens', label: { fr: 'Maison des lycéens', en: 'Maison des lycéens' } },
  {
    value: 'private_school_association',
    label: { fr: 'Association gestionnaire d’établissement privé', en: 'Private school managing association' },
  },
  { value: 'other_association', label: { fr: 'Autre association', en: 'Other association' } },
]

/**
 * Receiving structures: the legal bodies that receive the money. Completed by the projects and
 * tax-receipts issues; here, what users need to be attached to them.
 */
export const Structures: CollectionConfig = {
  slug: 'structures',
  labels: {
    singular: { fr: 'Structure bénéficiaire', en: 'Receiving structure' },
    plural: { fr: 'Structures bénéficiaires', en: 'Receiving structures' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'department'],
    group: { fr: 'Financement participatif', en: 'Crowdfunding' },
  },
  access: {
    read: staffOrStructureManagers('id', 'admin', 'moderator'),
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
        !value ||
        /^(\d{9}|W\d{9})$/.test(value) ||
        'Indiquez un SIREN (9 chiffres) ou un numéro RNA (W suivi de 9 chiffres).',
    },
    { name: 'address', type: 'textarea', label: { fr: 'Adresse', en: 'Address' } },
    {
      name: 'purpose',
      type: 'textarea',
      label: { fr: 'Objet', en: 'Purpose' },
      admin: { description: { fr: 'Tel qu’il figure sur les reçus fiscaux.', en: 'As printed on tax receipts.' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'eligibleForReceipts',
          type: 'checkbox',
          defaultValue: false,
          label: { fr: 'Habilitée à délivrer des reçus fiscaux', en: 'May issue tax receipts' },
        },
        {
          name: 'issuerCode',
          type: 'text',
          unique: true,
          label: { fr: 'Code émetteur des reçus', en: 'Receipt issuer code' },
          admin: {
            description: {
              fr: 'Majuscules et chiffres, 2 à 12 (ex. OCCE95) : début des numéros de reçu.',
              en: 'e.g. OCCE95',
            },
          },
          validate: (
            value: string | null | undefined,
            { siblingData }: { siblingData: { eligibleForReceipts?: boolean } },
          ) => {
            if (!value)
              return siblingData.eligibleForReceipts
                ? 'Une structure habilitée a besoin d’un code émetteur (ex. OCCE95).'
                : true
            return ISSUER_CODE.test(value) || 'Majuscules et chiffres seulement, de 2 à 12 caractères (ex. OCCE95).'
          },
        },
      ],
    },
    {
      name: 'signatory',
      type: 'group',
      label: { fr: 'Signataire des reçus', en: 'Receipts signatory' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' } },
            {
              name: 'role',
              type: 'text',
              label: { fr: 'Qualité', en: 'Role' },
              admin: { placeholder: 'Président(e), trésorier(e)…' },
            },
          ],
        },
        {
          name: 'signature',
          type: 'upload',
          relationTo: 'structure-signatures',
          label: { fr: 'Image de la signature (facultative)', en: 'Signature image (optional)' },
          admin: {
            description: {
              fr: 'PNG ou JPEG, 1 Mo au plus, imprimée sur les reçus émis ensuite. Les reçus déjà émis gardent la leur.',
              en: 'PNG or JPEG, printed on receipts issued from now on.',
            },
          },
          filterOptions: ({ id }) => ({ structure: { equals: id } }),
          validate: signatureOfThisStructure,
        },
      ],
    },
    {
      name: 'managers',
      type: 'join',
      collection: 'users',
      on: 'structures',
      label: { fr: 'Gestionnaires', en: 'Managers' },
      admin: { defaultColumns: ['email', 'firstName', 'lastName'] },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: { fr: 'Département', en: 'Département' },
    },
    {
      name: 'stripeAccountId',
      type: 'text',
      label: { fr: 'Compte connecté Stripe', en: 'Stripe connected account' },
      // A Stripe reference, set and reconciled by the GIP's admins: the structure's managers see their payouts' status instead.
      access: { read: ({ req: { user } }) => hasRole(user, 'admin') },
      admin: {
        description: {
          fr: 'acct_… : les versements des collectes réussies y sont virés. Sans compte, le versement est fait par virement bancaire.',
          en: 'acct_…; without one, payouts are made by bank transfer.',
        },
      },
      validate: (value: string | null | undefined) =>
        !value || /^acct_[A-Za-z0-9]{8,}$/.test(value) || 'Indiquez l’identifiant du compte connecté Stripe (acct_…).',
    },
  ],
}
