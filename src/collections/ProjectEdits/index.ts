import type { CollectionConfig } from 'payload'

import { hasRole } from '@/domain/access/roles'
import { label } from '@/fields/label'

/**
 * The record of what moderators and admins change in a project, field by field (before, after),
 * written by the projects' afterChange hook in the same transaction as the change. Read-only.
 */
export const ProjectEdits: CollectionConfig = {
  slug: 'project-edits',
  labels: {
    singular: label('Modification de projet', 'Project edit'),
    plural: label('Modifications de projets', 'Project edits'),
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['project', 'editor', 'summary', 'createdAt'],
    group: label('Financement participatif', 'Crowdfunding'),
  },
  access: {
    read: ({ req: { user } }) => hasRole(user, 'admin', 'moderator'),
    create: () => false,
    update: () => false,
    delete: () => false,
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
    },
    {
      name: 'editor',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      label: label('Modifié par', 'Edited by'),
    },
    { name: 'summary', type: 'text', label: label('Champs modifiés', 'Changed fields') },
    { name: 'changes', type: 'json', required: true, label: label('Avant / après', 'Before / after') },
  ],
}
