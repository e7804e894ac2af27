import { fileTypeFromBuffer } from 'file-type'
import { type CollectionBeforeOperationHook, type CollectionConfig, ValidationError } from 'payload'

import { ownTerritoryOrAdmin } from '@/access'
import { SIGNED_FILE_MAX_BYTES, SIGNED_FILE_MIME, signedFileProblem, tailOf } from '@/domain/tne/signed-file'
import { env } from '@/env'

/** The type is read from the file's bytes: a renamed image or HTML file is refused whatever it claims. */
const checkPdf: CollectionBeforeOperationHook = async ({ operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return
  const { data, size } = req.file
  const detected = data?.length ? await fileTypeFromBuffer(data) : undefined
  const problem = signedFileProblem({ detectedMime: detected?.mime, size: size ?? data?.length ?? 0, tail: data?.length ? tailOf(data) : undefined })
  if (problem) throw new ValidationError({ collection: 'convention-files', errors: [{ path: 'file', message: problem }] })
}

/** Signed conventions (PDF), in their territory: only its coordinators and the GIP can open them. */
export const ConventionFiles: CollectionConfig = {
  slug: 'convention-files',
  labels: { singular: { fr: 'Convention signée (PDF)', en: 'Signed convention (PDF)' }, plural: { fr: 'Conventions signées (PDF)', en: 'Signed conventions (PDF)' } },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'territory', 'createdAt'], group: 'Parentalité et Numérique' },
  access: { read: ownTerritoryOrAdmin(), create: ownTerritoryOrAdmin(), update: ownTerritoryOrAdmin(), delete: ownTerritoryOrAdmin() },
  hooks: { beforeOperation: [checkPdf] },
  upload: {
    staticDir: `${env.UPLOADS_DIR}/convention-files`,
    mimeTypes: [SIGNED_FILE_MIME],
  },
  fields: [
    { name: 'territory', type: 'relationship', relationTo: 'territories', label: { fr: 'Territoire', en: 'Territory' }, required: true, index: true },
    {
      name: 'sizeLimit',
      type: 'ui',
      admin: { components: { Field: '/ui/admin/Hint#Hint' }, custom: { text: `PDF uniquement, ${SIGNED_FILE_MAX_BYTES / 1024 / 1024} Mo au plus.` } },
    },
  ],
}
