import type { Access, CollectionBeforeChangeHook, CollectionConfig, Where } from 'payload'

import { ownProjectsForPictures } from '@/collections/Projects/access'
import { PUBLIC_STATUSES } from '@/domain/projects/status'
import { hasRole } from '@/domain/access/roles'
import { PICTURE_MIME_TYPES, pictureProblem } from '@/domain/media/picture'
import { altTextField } from '@/fields/alt-text'
import { withStoredFiles } from '@/services/media/stored-upload'
import { label } from '@/fields/label'

const isStaff = (user: unknown) => hasRole(user as never, 'admin', 'moderator')

/** Pictures of public projects are public; a draft's pictures stay with their uploader, the project's owners and the staff. */
const readPictures: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const published: Where = { 'project.status': { in: [...PUBLIC_STATUSES] } }
  return user
    ? {
        or: [
          published,
          { owner: { equals: user.id } },
          { 'project.owner': { equals: user.id } },
          { 'project.coOwners': { contains: user.id } },
        ],
      }
    : published
}

const ownerOrStaff: Access = ({ req: { user } }) =>
  isStaff(user) ? true : user ? { owner: { equals: user.id } } : false

const setOwner: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' && req.user && !isStaff(req.user) ? { ...data, owner: req.user.id } : data

/** Project pictures (cover and gallery), uploaded by teachers while they write their project. */
export const ProjectPictures: CollectionConfig = withStoredFiles(
  {
    slug: 'project-pictures',
    labels: {
      singular: label('Photo de projet', 'Project picture'),
      plural: label('Photos de projets', 'Project pictures'),
    },
    admin: {
      useAsTitle: 'alt',
      defaultColumns: ['originalFilename', 'alt', 'project', 'owner'],
      group: label('Financement participatif', 'Crowdfunding'),
    },
    access: {
      read: readPictures,
      create: ({ req: { user } }) => hasRole(user, 'teacher', 'admin', 'moderator'),
      update: ownerOrStaff,
      delete: ownerOrStaff,
    },
    hooks: { beforeChange: [setOwner] },
    upload: {
      mimeTypes: [...PICTURE_MIME_TYPES],
      imageSizes: [
        {
          name: 'card',
          width: 640,
          height: 400,
          position: 'centre',
          formatOptions: { format: 'webp', options: { quality: 80 } },
        },
        {
          name: 'large',
          width: 1280,
          formatOptions: { format: 'webp', options: { quality: 82 } },
          withoutEnlargement: true,
        },
      ],
      adminThumbnail: 'card',
      focalPoint: false,
      crop: false,
    },
    fields: [
      altTextField('What the picture shows.'),
      // Only a project its uploader owns (checked on every save): a picture cannot be slipped onto another teacher's project.
      {
        name: 'project',
        type: 'relationship',
        relationTo: 'projects',
        index: true,
        label: label('Projet', 'Project'),
        filterOptions: ownProjectsForPictures,
      },
      {
        name: 'owner',
        type: 'relationship',
        relationTo: 'users',
        index: true,
        label: label('Déposée par', 'Uploaded by'),
        access: { update: ({ req }) => isStaff(req.user) },
        admin: { readOnly: true },
      },
    ],
  },
  pictureProblem,
)
