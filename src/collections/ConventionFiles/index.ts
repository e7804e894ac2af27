import type { CollectionConfig } from 'payload'

import { ownTerritoryOrAdmin } from '@/access'
import { SIGNED_FILE_MAX_BYTES, SIGNED_FILE_MIME, signedFileProblem, tailOf } from '@/domain/tne/signed-file'
import { type UploadRule, withStoredFiles } from '@/services/media/stored-upload'

/** The type is read from the file's bytes (a renamed image or HTML file is refused), and its end must be a PDF's. */
const pdfProblem: UploadRule = ({ data, ...file }) =>
  signedFileProblem({ ...file, tail: data?.length ? tailOf(data) : undefined })

/** Signed conventions (PDF), in their territory: only its coordinators and the GIP can open them. */
export const ConventionFiles: CollectionConfig = withStoredFiles(
  {
    slug: 'convention-files',
    labels: {
      singular: { fr: 'Convention signée (PDF)', en: 'Signed convention (PDF)' },
      plural: { fr: 'Conventions signées (PDF)', en: 'Signed conventions (PDF)' },
    },
    admin: {
      useAsTitle: 'originalFilename',
      defaultColumns: ['originalFilename', 'territory', 'createdAt'],
      group: 'Parentalité et Numérique',
    },
    access: {
      read: ownTerritoryOrAdmin(),
      create: ownTerritoryOrAdmin(),
      update: ownTerritoryOrAdmin(),
      delete: ownTerritoryOrAdmin(),
    },
    upload: { mimeTypes: [SIGNED_FILE_MIME] },
    fields: [
      {
        name: 'territory',
        type: 'relationship',
        relationTo: 'territories',
        label: { fr: 'Territoire', en: 'Territory' },
        required: true,
        index: true,
      },
      {
        name: 'sizeLimit',
        type: 'ui',
        admin: {
          components: { Field: '/ui/admin/Hint#Hint' },
          custom: { text: `PDF uniquement, ${SIGNED_FILE_MAX_BYTES / 1024 / 1024} Mo au plus.` },
        },
      },
    ],
  },
  pdfProblem,
)
