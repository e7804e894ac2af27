import type { CollectionConfig } from 'payload'

import { centsField } from '@/fields/money'
import { nobody } from '@/access'
import { label } from '@/fields/label'

import { readReceipts } from './access'
import { declarationEndpoint } from './endpoints/declaration'
import { exportReceiptsEndpoint } from './endpoints/export'
import { reissueEndpoint, resolveFlaggedEndpoint } from './endpoints/receipt-actions'

const readOnly = { create: nobody, update: nobody }

export const RECEIPT_STATUSES = [
  { value: 'live', label: label('Valide', 'Live') },
  { value: 'cancelled', label: label('Annulé', 'Cancelled') },
  { value: 'flagged', label: label('À vérifier (contrepartie)', 'To check (counterpart)') },
  { value: 'declined', label: label('Sans reçu (contrepartie excessive)', 'Declined (counterpart)') },
]

/**
 * Tax receipts ("reçus fiscaux"), legal documents: each keeps the issuer's and the donor's details
 * as they were when it was issued, its number (never reused), and links to the receipt it replaces
 * or that replaced it. Written only by the receipt services, never through the API.
 */
export const FiscalReceipts: CollectionConfig = {
  slug: 'fiscal-receipts',
  labels: { singular: label('Reçu fiscal', 'Tax receipt'), plural: label('Reçus fiscaux', 'Tax receipts') },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'issuedAt', 'donorName', 'amountCents', 'status', 'issuer'],
    group: label('Financement participatif', 'Crowdfunding'),
    description: label(
      'Du plus ancien au plus récent. Filtrez par année d’émission ; exports et déclaration annuelle au-dessus de la liste.',
      'Oldest first.',
    ),
    components: { beforeListTable: ['/ui/admin/ReceiptsTools#ReceiptsTools'] },
  },
  // Receipts issued in one batch share their time: their order number breaks the tie, so the list is stable.
  defaultSort: ['issuedAt', 'number'],
  endpoints: [exportReceiptsEndpoint, declarationEndpoint, reissueEndpoint, resolveFlaggedEndpoint],
  access: { read: readReceipts, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['issuer', 'year', 'sequence'], unique: true }],
  fields: [
    { name: 'number', type: 'text', unique: true, label: label('Numéro d’ordre', 'Number'), access: readOnly },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: RECEIPT_STATUSES,
      label: label('Statut', 'Status'),
      access: readOnly,
    },
    {
      name: 'form',
      type: 'select',
      required: true,
      options: [
        { value: 'cerfa_11580', label: 'Cerfa 11580 (particulier)' },
        { value: 'cerfa_16216', label: 'Cerfa 16216 (entreprise)' },
      ],
      label: label('Modèle', 'Form'),
      access: readOnly,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'issuer',
          type: 'relationship',
          relationTo: 'structures',
          required: true,
          index: true,
          label: label('Émetteur', 'Issuer'),
          access: readOnly,
        },
        {
          name: 'year',
          type: 'number',
          index: true,
          label: label('Année d’émission', 'Year of issue'),
          access: readOnly,
        },
        { name: 'sequence', type: 'number', label: label('Séquence', 'Sequence'), access: readOnly },
        {
          name: 'issuedAt',
          type: 'date',
          index: true,
          label: label('Émis le', 'Issued on'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          access: readOnly,
        },
      ],
    },
    {
      name: 'donation',
      type: 'relationship',
      relationTo: 'donations',
      required: true,
      index: true,
      label: label('Don', 'Gift'),
      access: readOnly,
    },
    {
      type: 'row',
      fields: [
        centsField('amountCents', label('Montant', 'Amount'), { required: true, access: readOnly }),
        {
          name: 'amountInWords',
          type: 'text',
          label: label('Montant en lettres', 'Amount in words'),
          access: readOnly,
        },
        { name: 'giftDate', type: 'date', label: label('Date du don', 'Date of the gift'), access: readOnly },
        { name: 'paymentMethod', type: 'text', label: label('Mode de versement', 'Payment method'), access: readOnly },
      ],
    },
    {
      name: 'donorUser',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('Compte du donateur', 'Donor account'),
      access: readOnly,
    },
    {
      name: 'donorEmail',
      type: 'email',
      index: true,
      label: label('E-mail du donateur', 'Donor e-mail'),
      access: readOnly,
    },
    { name: 'donorName', type: 'text', label: label('Donateur', 'Donor'), access: readOnly },
    {
      name: 'donor',
      type: 'group',
      label: label('Donateur (tel qu’au reçu)', 'Donor (as on the receipt)'),
      access: readOnly,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'firstName', type: 'text', label: label('Prénom', 'First name') },
            { name: 'lastName', type: 'text', label: label('Nom', 'Last name') },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'companyName', type: 'text', label: label('Raison sociale', 'Company') },
            { name: 'legalForm', type: 'text', label: label('Forme juridique', 'Legal form') },
            { name: 'siren', type: 'text', label: label('SIREN', 'SIREN') },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'address', type: 'text', label: label('Adresse', 'Address') },
            { name: 'postcode', type: 'text', label: label('Code postal', 'Postcode') },
            { name: 'city', type: 'text', label: label('Commune', 'City') },
            { name: 'country', type: 'text', label: label('Pays', 'Country') },
          ],
        },
      ],
    },
    {
      name: 'issuerSnapshot',
      type: 'group',
      label: label('Émetteur (tel qu’au reçu)', 'Issuer (as on the receipt)'),
      access: readOnly,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: label('Nom', 'Name') },
            { name: 'legalId', type: 'text', label: label('SIREN ou RNA', 'SIREN or RNA') },
          ],
        },
        { name: 'address', type: 'textarea', label: label('Adresse', 'Address') },
        { name: 'purpose', type: 'textarea', label: label('Objet', 'Purpose') },
        {
          type: 'row',
          fields: [
            { name: 'signatoryName', type: 'text', label: label('Signataire', 'Signatory') },
            { name: 'signatoryRole', type: 'text', label: label('Qualité', 'Role') },
          ],
        },
        {
          name: 'signature',
          type: 'upload',
          relationTo: 'structure-signatures',
          label: label('Signature imprimée', 'Printed signature'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'replaces',
          type: 'relationship',
          relationTo: 'fiscal-receipts',
          label: label('Remplace le reçu', 'Replaces'),
          access: readOnly,
        },
        {
          name: 'replacedBy',
          type: 'relationship',
          relationTo: 'fiscal-receipts',
          label: label('Remplacé par', 'Replaced by'),
          access: readOnly,
        },
      ],
    },
    {
      name: 'note',
      type: 'textarea',
      label: label('Motif (annulation, vérification ou décision)', 'Reason'),
      access: readOnly,
    },
    { name: 'file', type: 'upload', relationTo: 'receipt-files', label: label('PDF', 'PDF'), access: readOnly },
    // The PDF is deleted by the retention job 6 years after the year of issue; the receipt itself (number, amount) stays.
    {
      name: 'fileDeletedAt',
      type: 'date',
      label: label('PDF supprimé le (fin de la conservation)', 'PDF deleted on (end of the retention)'),
      access: readOnly,
      admin: { readOnly: true, condition: (data) => Boolean(data?.fileDeletedAt) },
    },
    {
      name: 'actions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/ui/admin/ReceiptsTools#ReceiptActions' } },
    },
  ],
}
