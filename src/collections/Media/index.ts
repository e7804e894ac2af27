import type { CollectionConfig } from 'payload'

import { adminsOrEditors, anyone, hiddenFromNonEditors } from '@/access'
import { MEDIA_POLICY, uploadProblem } from '@/domain/media/upload-policy'
import { altTextField } from '@/fields/alt-text'
import { withStoredFiles } from '@/services/media/stored-upload'
import { label } from '@/fields/label'

/**
 * Images of the editorial content of one site (covers, experts' photos, blocks): JPEG, PNG or
 * WebP recognised from their bytes, 10 MB at most, alternative text required; resized to WebP.
 */
export const Media: CollectionConfig = withStoredFiles(
  {
    slug: 'media',
    labels: { singular: label('Image', 'Image'), plural: label('Images', 'Images') },
    admin: {
      hidden: hiddenFromNonEditors,
      useAsTitle: 'alt',
      defaultColumns: ['originalFilename', 'alt', 'tenant', 'updatedAt'],
      group: label('Contenus', 'Content'),
    },
    access: { read: anyone, create: adminsOrEditors, update: adminsOrEditors, delete: adminsOrEditors },
    upload: {
      mimeTypes: [...MEDIA_POLICY.mimeTypes],
      imageSizes: [
        {
          name: 'card',
          width: 640,
          height: 400,
          position: 'centre',
          formatOptions: { format: 'webp', options: { quality: 80 } },
        },
        {
          name: 'portrait',
          width: 320,
          height: 320,
          position: 'centre',
          formatOptions: { format: 'webp', options: { quality: 80 } },
        },
        {
          name: 'medium',
          width: 960,
          withoutEnlargement: true,
          formatOptions: { format: 'webp', options: { quality: 80 } },
        },
        {
          name: 'large',
          width: 1600,
          withoutEnlargement: true,
          formatOptions: { format: 'webp', options: { quality: 82 } },
        },
        {
          name: 'og',
          width: 1200,
          height: 630,
          position: 'centre',
          formatOptions: { format: 'jpeg', options: { quality: 82 } },
        },
      ],
      adminThumbnail: 'card',
      focalPoint: true,
    },
    fields: [
      altTextField('What the image shows.'),
      { name: 'credit', type: 'text', label: label('Crédit', 'Credit'), maxLength: 160 },
    ],
  },
  (file) => uploadProblem(MEDIA_POLICY, file),
)
