import { APIError, type CollectionBeforeDeleteHook, type CollectionConfig } from 'payload'

import { adminOnly, staffOrStructureManagers } from '@/access'
import { SIGNATURE_POLICY, uploadProblem } from '@/domain/media/upload-policy'
import { withStoredFiles } from '@/services/media/stored-upload'
import { signaturePrinted } from '@/services/receipts/issuers'

/** A signature printed on issued receipts stays: each receipt must print the same one again (yearly statement, re-rendering). */
const keepPrintedSignature: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (await signaturePrinted(req.payload, id))
    throw new APIError(
      'Cette signature figure sur des reçus émis : elle est conservée. Choisissez une autre signature pour la structure.',
      409,
    )
}

/**
 * The signatory's signature image of a receiving structure, printed on its tax receipts (PNG or
 * JPEG recognised from its bytes, 1 MB at most). Private: the GIP's admins, who keep the structures'
 * legal details, and the structure's own managers. Never replaced in place: a receipt keeps the
 * image it was issued with, so a new signature is a new upload.
 */
export const StructureSignatures: CollectionConfig = withStoredFiles(
  {
    slug: 'structure-signatures',
    labels: {
      singular: { fr: 'Signature', en: 'Signature' },
      plural: { fr: 'Signatures des reçus', en: 'Receipt signatures' },
    },
    admin: {
      useAsTitle: 'originalFilename',
      defaultColumns: ['originalFilename', 'structure', 'createdAt'],
      group: { fr: 'Financement participatif', en: 'Crowdfunding' },
    },
    access: {
      read: staffOrStructureManagers('structure', 'admin'),
      create: adminOnly,
      update: () => false,
      delete: adminOnly,
    },
    hooks: { beforeDelete: [keepPrintedSignature] },
    upload: { mimeTypes: [...SIGNATURE_POLICY.mimeTypes] },
    fields: [
      {
        name: 'structure',
        type: 'relationship',
        relationTo: 'structures',
        required: true,
        index: true,
        label: { fr: 'Structure', en: 'Structure' },
      },
    ],
  },
  (file) => uploadProblem(SIGNATURE_POLICY, file),
)
