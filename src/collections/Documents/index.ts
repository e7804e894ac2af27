import type { CollectionConfig } from 'payload'

import { adminsOrEditors, anyone, hiddenFromNonEditors } from '@/access'
import { DOCUMENT_POLICY, uploadProblem } from '@/domain/media/upload-policy'
import { checkUploadContent } from '@/services/media/check-upload'
import { uploadDir } from '@/services/media/stored-file'

const label = (fr: string, en: string) => ({ fr, en })

/**
 * Downloadable files of the workshop kits (guides, slides, posters): PDF, office documents or
 * images recognised from their bytes, 20 MB at most. Never SVG or HTML.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: label('Document', 'Document'), plural: label('Documents', 'Documents') },
  admin: { hidden: hiddenFromNonEditors, useAsTitle: 'title', defaultColumns: ['title', 'filename', 'mimeType', 'filesize', 'tenant'], group: label('Contenus', 'Content') },
  access: { read: anyone, create: adminsOrEditors, update: adminsOrEditors, delete: adminsOrEditors },
  hooks: { beforeOperation: [checkUploadContent('documents', (file) => uploadProblem(DOCUMENT_POLICY, file))] },
  upload: { staticDir: uploadDir('documents'), mimeTypes: [...DOCUMENT_POLICY.mimeTypes] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 160,
      label: label('Intitulé', 'Title'),
      admin: { description: label('Affiché comme texte du lien de téléchargement (ex. : « Guide de l’animateur »).', 'The download link’s text.') },
    },
  ],
}
