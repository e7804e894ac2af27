import type { CollectionConfig } from 'payload'

import { readReceipts } from '@/collections/FiscalReceipts/access'
import { withStoredFiles } from '@/services/media/stored-upload'

/**
 * The PDFs of tax receipts, stored privately: read (and downloaded through
 * /api/receipt-files/file/…) only by the donor, the issuer's managers and admins, like the receipt.
 * Written by the rendering job only.
 */
export const ReceiptFiles: CollectionConfig = withStoredFiles({
  slug: 'receipt-files',
  labels: { singular: { fr: 'PDF de reçu', en: 'Receipt PDF' }, plural: { fr: 'PDF des reçus', en: 'Receipt PDFs' } },
  admin: { hidden: true },
  access: { read: readReceipts, create: () => false, update: () => false, delete: () => false },
  upload: { mimeTypes: ['application/pdf'], disableLocalStorage: false },
  fields: [
    { name: 'issuer', type: 'relationship', relationTo: 'structures', index: true },
    { name: 'donorUser', type: 'relationship', relationTo: 'users', index: true },
    { name: 'donorEmail', type: 'email', index: true },
  ],
})
