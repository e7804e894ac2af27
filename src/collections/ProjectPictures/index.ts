import { fileTypeFromBuffer } from 'file-type'
import { ValidationError, type Access, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionConfig, type Where } from 'payload'

import { PUBLIC_STATUSES } from '@/collections/Projects/access'
import { hasRole } from '@/domain/access/roles'
import { ALT_MAX_LENGTH, PICTURE_MIME_TYPES, altTextProblem, pictureProblem } from '@/domain/media/picture'
import { env } from '@/env'

const label = (fr: string, en: string) => ({ fr, en })
const isStaff = (user: unknown) => hasRole(user as never, 'admin', 'moderator')

/** Pictures of public projects are public; a draft's pictures stay with its owner and the staff. */
const readPictures: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const published: Where = { 'project.status': { in: [...PUBLIC_STATUSES] } }
  return user ? { or: [published, { owner: { equals: user.id } }] } : published
}

const ownerOrStaff: Access = ({ req: { user } }) => (isStaff(user) ? true : user ? { owner: { equals: user.id } } : false)

/** The type is read from the file's bytes: a renamed HTML or SVG file is refused whatever it claims. */
const checkFile: CollectionBeforeOperationHook = async ({ operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return
  const { data, size } = req.file
  const detected = data?.length ? await fileTypeFromBuffer(data) : undefined
  const problem = pictureProblem({ detectedMime: detected?.mime, size: size ?? data?.length ?? 0 })
  if (problem) throw new ValidationError({ collection: 'project-pictures', errors: [{ path: 'file', message: problem }] })
}

const setOwner: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' && req.user && !isStaff(req.user) ? { ...data, owner: req.user.id } : data

/** Project pictures (cover and gallery), uploaded by teachers while they write their project. */
export const ProjectPictures: CollectionConfig = {
  slug: 'project-pictures',
  labels: { singular: label('Photo de projet', 'Project picture'), plural: label('Photos de projets', 'Project pictures') },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'project', 'owner'], group: label('Financement participatif', 'Crowdfunding') },
  access: {
    read: readPictures,
    create: ({ req: { user } }) => hasRole(user, 'teacher', 'admin', 'moderator'),
    update: ownerOrStaff,
    delete: ownerOrStaff,
  },
  hooks: { beforeOperation: [checkFile], beforeChange: [setOwner] },
  upload: {
    staticDir: `${env.UPLOADS_DIR}/project-pictures`,
    mimeTypes: [...PICTURE_MIME_TYPES],
    imageSizes: [
      { name: 'card', width: 640, height: 400, position: 'centre', formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'large', width: 1280, formatOptions: { format: 'webp', options: { quality: 82 } }, withoutEnlargement: true },
    ],
    adminThumbnail: 'card',
    focalPoint: false,
    crop: false,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: label('Texte alternatif', 'Alternative text'),
      required: true,
      maxLength: ALT_MAX_LENGTH,
      validate: (value: string | null | undefined) => altTextProblem(value) ?? true,
      admin: { description: label('Ce que montre l’image, pour les personnes qui ne la voient pas.', 'What the picture shows.') },
    },
    { name: 'project', type: 'relationship', relationTo: 'projects', index: true, label: label('Projet', 'Project') },
    { name: 'owner', type: 'relationship', relationTo: 'users', index: true, label: label('Déposée par', 'Uploaded by'), access: { update: ({ req }) => isStaff(req.user) }, admin: { readOnly: true } },
  ],
}
