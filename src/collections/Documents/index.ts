import type { CollectionConfig } from 'payload'

import { adminsOrEditors, anyone, hiddenFromNonEditors } from '@/access'
import { DOCUMENT_POLICY, uploadProblem } from '@/domain/media/upload-policy'
import { withStoredFiles } from '@/services/media/stored-upload'
import { label } from '@/fields/label'

/**
 * Downloadable files of the workshop kits (guides, slides, posters): PDF, office documents or
 * images recognised from their bytes, 20 MB at most. Never SVG or HTML.
 */
export const Documents: CollectionConfig = withStoredFiles(
  {
    slug: 'documents',
    labels: { singular: label('Document', 'Document'), plural: label('Documents', 'Documents') },
    admin: {
      hidden: hiddenFromNonEditors,
      useAsTitle: 'title',
      defaultColumns: ['title', 'originalFilename', 'mimeType', 'filesize', 'tenant'],
      group: label('Contenus', 'Content'),
    },
    access: { read: anyone, create: adminsOrEditors, update: adminsOrEditors, delete: adminsOrEditors },
    upload: { mimeTypes: [...DOCUMENT_POLICY.mimeTypes] },
    fields: [
      {
        name: 'title',
        type: 'text',
        required: true,
        maxLength: 160,
        label: label('Intitulé', 'Title'),
        admin: {
          description: label(
            'Affiché comme texte du lien de téléchargement (ex. : « Guide de l’animateur »).',
            'The download link’s text.',
          ),
        },
      },
    ],
  },
  (file) => uploadProblem(DOCUMENT_POLICY, file),
)
