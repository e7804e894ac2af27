import { APIError, type Access, type CollectionBeforeChangeHook, type CollectionConfig, type Where } from 'payload'

import { PUBLIC_STATUSES, isPublicStatus } from '@/domain/projects/status'
import { hasRole } from '@/domain/access/roles'
import { paidProjectIdsOf } from '@/services/donations/donor-gifts'
import { revalidateProjectNews } from '@/services/cache/revalidate-hooks'
import { label } from '@/fields/label'

import { emailNewsToReaders } from './hooks/emailNewsToReaders'

const ownProjects = (userId: number | string): Where => ({
  or: [{ 'project.owner': { equals: userId } }, { 'project.coOwners': { contains: userId } }],
})

/**
 * Public news of public projects for everyone; owners see all the news of their projects, and
 * donors all the news of the projects they have paid gifts to (donors-only news also reaches them by
 * e-mail when they asked for it); staff see all.
 */
const readNews: Access = async ({ req: { user, payload } }) => {
  if (hasRole(user, 'admin', 'moderator')) return true
  const published: Where = {
    and: [{ visibility: { equals: 'public' } }, { 'project.status': { in: [...PUBLIC_STATUSES] } }],
  }
  if (!user) return published
  const supported = await paidProjectIdsOf(payload, { id: Number(user.id), email: user.email })
  return { or: [published, ownProjects(user.id), ...(supported.length ? [{ project: { in: supported } }] : [])] }
}

const ownersOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'moderator')) return true
  return user ? ownProjects(user.id) : false
}

/** Only a project's owners (or staff) post on it, once its campaign is public. */
const checkAuthor: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user) return data
  const project = await req.payload.findByID({
    collection: 'projects',
    id: data.project,
    depth: 0,
    req,
    disableErrors: true,
  })
  if (!project) throw new APIError('Projet introuvable.', 404)
  const isOwner = project.owner === req.user.id || (project.coOwners ?? []).includes(req.user.id as number)
  if (!isOwner && !hasRole(req.user, 'admin', 'moderator'))
    throw new APIError('Seuls les porteurs du projet publient ses actualités.', 403)
  if (!isPublicStatus(project.status)) {
    throw new APIError('Les actualités se publient une fois la collecte ouverte.', 409)
  }
  return { ...data, author: req.user.id }
}

export const ProjectNews: CollectionConfig = {
  slug: 'project-news',
  labels: {
    singular: label('Actualité de projet', 'Project news'),
    plural: label('Actualités de projets', 'Project news'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'project', 'visibility', 'createdAt'],
    group: label('Financement participatif', 'Crowdfunding'),
  },
  access: {
    read: readNews,
    create: ({ req: { user } }) => hasRole(user, 'teacher', 'admin', 'moderator'),
    update: ownersOrStaff,
    delete: ownersOrStaff,
  },
  hooks: {
    beforeChange: [checkAuthor],
    afterChange: [emailNewsToReaders, revalidateProjectNews],
    afterDelete: [revalidateProjectNews],
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'project',
      type: 'relationship',
      relationTo: 'projects',
      required: true,
      index: true,
      label: label('Projet', 'Project'),
      access: { update: () => false },
    },
    { name: 'title', type: 'text', required: true, maxLength: 140, label: label('Titre', 'Title') },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000, label: label('Texte', 'Text') },
    {
      name: 'pictures',
      type: 'relationship',
      relationTo: 'project-pictures',
      hasMany: true,
      maxRows: 6,
      label: label('Photos', 'Pictures'),
      admin: { description: 'Photos de la classe jointes à l’actualité (6 au plus).' },
    },
    {
      name: 'visibility',
      type: 'radio',
      required: true,
      defaultValue: 'public',
      label: label('Visible par', 'Visible to'),
      options: [
        { value: 'public', label: label('Tout le monde', 'Everyone') },
        { value: 'donors', label: label('Les donateurs seulement', 'Donors only') },
      ],
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: label('Auteur', 'Author'),
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
