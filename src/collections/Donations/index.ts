import type { CollectionConfig, FieldAccess } from 'payload'

import { hasRole } from '@/domain/access/roles'
import { DONATION_STATUSES, DONATION_STATUS_LABELS } from '@/domain/donations/status'
import { centsField } from '@/fields/money'
import { nobody } from '@/access'
import { label } from '@/fields/label'

import { readDonations } from './access'
import { donationActionEndpoint } from './endpoints/admin-action'
import { issueForDonationEndpoint } from './endpoints/issue-receipt'

const readOnly = { create: nobody, update: nobody }
/**
 * The payment provider's references (checkout session, payment, refund): the GIP's staff reconcile
 * them with Stripe; a structure's managers and the donor have no use for them, and a reference is
 * what a request to Stripe's support or dashboard starts from.
 */
const providerReference = {
  ...readOnly,
  read: (({ req: { user } }) => hasRole(user, 'admin', 'moderator')) as FieldAccess,
}

/**
 * Gifts (domain.md, "Donations"). Written only by the donation services (giving, payment events,
 * outcomes), each change in one transaction with the project's totals and the ledger: nothing here
 * is writable through the API or the admin.
 */
export const Donations: CollectionConfig = {
  slug: 'donations',
  labels: { singular: label('Don', 'Donation'), plural: label('Dons', 'Donations') },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'project', 'amountCents', 'status', 'paymentMethod', 'createdAt'],
    group: label('Financement participatif', 'Crowdfunding'),
  },
  endpoints: [donationActionEndpoint, issueForDonationEndpoint],
  access: { read: readDonations, create: () => false, update: () => false, delete: () => false },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'reference',
      type: 'text',
      required: true,
      unique: true,
      label: label('Référence', 'Reference'),
      access: readOnly,
      admin: { description: label('À rappeler dans le libellé d’un virement.', 'Quoted in a bank transfer.') },
    },
    {
      name: 'project',
      type: 'relationship',
      relationTo: 'projects',
      required: true,
      index: true,
      label: label('Projet', 'Project'),
      access: readOnly,
    },
    centsField('amountCents', label('Montant', 'Amount'), { required: true, access: readOnly }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: DONATION_STATUSES.map((value) => ({ value, label: DONATION_STATUS_LABELS[value] })),
      label: label('Statut', 'Status'),
      access: readOnly,
    },
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'donor',
      options: [
        { value: 'donor', label: label('Donateur', 'Donor') },
        { value: 'sponsor', label: label('Abondement de mécène', 'Sponsor top-up') },
        { value: 'solidarity', label: label('Abondement du fonds solidaire', 'Solidarity top-up') },
      ],
      label: label('Origine', 'Source'),
      access: readOnly,
    },
    {
      name: 'topUpOf',
      type: 'relationship',
      relationTo: 'donations',
      label: label('Abonde le don', 'Tops up'),
      access: readOnly,
    },
    {
      name: 'programme',
      type: 'relationship',
      relationTo: 'programmes',
      index: true,
      label: label('Programme d’abondement', 'Programme'),
      access: readOnly,
    },
    {
      name: 'explanation',
      type: 'textarea',
      label: label('Pourquoi cet abondement (critères remplis)', 'Why this top-up'),
      access: readOnly,
    },
    {
      name: 'donor',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('Compte donateur', 'Donor account'),
      access: readOnly,
    },
    {
      name: 'donorType',
      type: 'select',
      required: true,
      defaultValue: 'individual',
      options: [
        { value: 'individual', label: label('Particulier', 'Individual') },
        { value: 'company', label: label('Entreprise', 'Company') },
      ],
      label: label('Type de donateur', 'Donor type'),
      access: readOnly,
    },
    {
      name: 'identity',
      type: 'group',
      label: label('Identité déclarée', 'Identity as given'),
      access: readOnly,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'firstName', type: 'text', label: label('Prénom', 'First name') },
            { name: 'lastName', type: 'text', label: label('Nom', 'Last name') },
            { name: 'email', type: 'email', label: label('E-mail', 'E-mail') },
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
        {
          type: 'row',
          fields: [
            { name: 'companyName', type: 'text', label: label('Raison sociale', 'Company') },
            { name: 'legalForm', type: 'text', label: label('Forme juridique', 'Legal form') },
            { name: 'siren', type: 'text', label: label('SIREN', 'SIREN') },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'display',
          type: 'select',
          defaultValue: 'name',
          options: [
            { value: 'name', label: label('Nom affiché', 'Name shown') },
            { value: 'anonymous', label: label('Anonyme', 'Anonymous') },
          ],
          label: label('Affichage public', 'Public display'),
          access: readOnly,
        },
        {
          name: 'hideAmount',
          type: 'checkbox',
          defaultValue: false,
          label: label('Montant masqué', 'Amount hidden'),
          access: readOnly,
        },
        {
          name: 'wantsReceipt',
          type: 'checkbox',
          defaultValue: false,
          label: label('Souhaite un reçu fiscal', 'Wants a tax receipt'),
          access: readOnly,
        },
        {
          name: 'wantsNews',
          type: 'checkbox',
          defaultValue: false,
          label: label('Reçoit les actualités du projet', 'Receives project news'),
          access: readOnly,
        },
      ],
    },
    { name: 'message', type: 'textarea', label: label('Message', 'Message'), access: readOnly },
    {
      name: 'counterpart',
      type: 'text',
      label: label('Contrepartie demandée', 'Counterpart requested'),
      access: readOnly,
    },
    {
      name: 'failureChoice',
      type: 'select',
      options: [
        { value: 'refund', label: label('Remboursement', 'Refund') },
        { value: 'solidarity', label: label('Fonds solidaire', 'Solidarity fund') },
      ],
      label: label('Si la collecte échoue', 'If the campaign fails'),
      access: readOnly,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'paymentMethod',
          type: 'select',
          required: true,
          options: [
            { value: 'card', label: label('Carte', 'Card') },
            { value: 'sepa_debit', label: label('Prélèvement SEPA', 'SEPA debit') },
            { value: 'transfer', label: label('Virement', 'Bank transfer') },
            { value: 'internal', label: label('Mouvement interne', 'Internal movement') },
            { value: 'legacy', label: label('Non renseigné (ancienne plateforme)', 'Unknown (former platform)') },
          ],
          label: label('Moyen de paiement', 'Payment method'),
          access: readOnly,
        },
        {
          name: 'provider',
          type: 'select',
          required: true,
          options: [
            { value: 'stripe', label: 'Stripe' },
            { value: 'test', label: label('Paiement de test', 'Test payment') },
            { value: 'transfer', label: label('Virement', 'Transfer') },
            { value: 'internal', label: label('Fonds solidaire ou mécène', 'Fund or sponsor') },
            { value: 'legacy', label: label('Ancienne plateforme', 'Former platform') },
          ],
          label: label('Prestataire', 'Provider'),
          access: readOnly,
        },
        {
          name: 'providerSessionId',
          type: 'text',
          index: true,
          label: label('Session de paiement', 'Checkout session'),
          access: providerReference,
        },
        {
          name: 'providerPaymentId',
          type: 'text',
          label: label('Paiement chez le prestataire', 'Provider payment'),
          access: providerReference,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'expiresAt',
          type: 'date',
          label: label('Expire le', 'Expires'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          access: readOnly,
        },
        {
          name: 'paidAt',
          type: 'date',
          label: label('Payé le', 'Paid'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          access: readOnly,
        },
        {
          name: 'awaitingApproval',
          type: 'checkbox',
          defaultValue: false,
          label: label('En attente d’un administrateur (plus de 10 000 €)', 'Awaiting an admin'),
          access: readOnly,
        },
        {
          name: 'overflow',
          type: 'checkbox',
          defaultValue: false,
          label: label(
            'Payé sans place sous l’optimum : à rembourser',
            'Paid without room under the optimum: to refund',
          ),
          access: readOnly,
        },
        // README "Gifts at the optimum": a gift that took more than half of what was open holds no guaranteed place.
        {
          name: 'provisional',
          type: 'checkbox',
          defaultValue: false,
          label: label(
            'Place non garantie (plus de la moitié de ce qui restait à donner)',
            'Provisional place (more than half of what was open)',
          ),
          access: readOnly,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'approvedAt',
          type: 'date',
          label: label('Accepté par un administrateur le', 'Approved on'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          access: readOnly,
        },
        {
          name: 'approvedBy',
          type: 'relationship',
          relationTo: 'users',
          label: label('Accepté par', 'Approved by'),
          access: readOnly,
        },
        {
          name: 'choiceDeadline',
          type: 'date',
          label: label('Choix du donateur attendu jusqu’au', 'Donor’s choice due'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          access: readOnly,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'refundRequestedAt',
          type: 'date',
          label: label('Remboursement demandé le', 'Refund requested'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          access: readOnly,
        },
        {
          name: 'refundId',
          type: 'text',
          label: label('Remboursement chez le prestataire', 'Provider refund'),
          access: providerReference,
        },
        {
          name: 'settledAt',
          type: 'date',
          label: label('Remboursé ou réaffecté le', 'Refunded or reallocated'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          access: readOnly,
        },
      ],
    },
    {
      name: 'actions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/ui/admin/MoneyActions#DonationActions' } },
    },
    // History imported from the former platform (`npm run import:legacy`): closed, never processed by jobs, never e-mailed, no receipt.
    {
      name: 'imported',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('Importé de l’ancienne plateforme', 'Imported from the former platform'),
      access: readOnly,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.imported) },
    },
    {
      name: 'legacyId',
      type: 'text',
      unique: true,
      label: label('Identifiant sur l’ancienne plateforme', 'Id on the former platform'),
      access: readOnly,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.imported) },
    },
    // GDPR: set when the donor erases their account (the gift is kept for the accounting), then when the
    // retention job anonymises its identity at the end of the accounting retention (src/domain/accounts/retention.ts).
    {
      name: 'donorErasedAt',
      type: 'date',
      label: label('Compte du donateur effacé le', 'Donor account erased on'),
      access: readOnly,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.donorErasedAt) },
    },
    {
      name: 'identityAnonymisedAt',
      type: 'date',
      label: label(
        'Identité anonymisée le (fin de la conservation comptable)',
        'Identity anonymised on (end of the accounting retention)',
      ),
      access: readOnly,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.identityAnonymisedAt) },
    },
  ],
}
