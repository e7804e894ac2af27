import { type CollectionConfig, ValidationError } from 'payload'

import { adminOnly } from '@/access'
import { label } from '@/fields/label'

/**
 * An admin's exception to a programme's criteria: a project excluded (it will receive nothing more
 * from it), or one the criteria missed added (it must be collecting). Each is recorded with its
 * reason, who and when; never edited nor deleted: a new record supersedes the previous one.
 */
export const ProgrammeAdjustments: CollectionConfig = {
  slug: 'programme-adjustments',
  labels: {
    singular: label('Exception à un programme', 'Programme exception'),
    plural: label('Exceptions aux programmes', 'Programme exceptions'),
  },
  admin: {
    defaultColumns: ['programme', 'project', 'action', 'reason', 'createdAt'],
    group: label('Mécénat', 'Sponsorship'),
  },
  access: { read: adminOnly, create: adminOnly, update: () => false, delete: () => false },
  hooks: {
    beforeChange: [
      async ({ data, req, operation }) => {
        if (operation !== 'create') return data
        const projectId = typeof data.project === 'object' ? data.project?.id : data.project
        if (data.action === 'include' && projectId) {
          const project = await req.payload.findByID({
            collection: 'projects',
            id: projectId,
            depth: 0,
            req,
            disableErrors: true,
          })
          if (project?.status !== 'collecting') {
            throw new ValidationError({
              collection: 'programme-adjustments',
              errors: [{ path: 'project', message: 'Seul un projet en collecte peut être ajouté à un programme.' }],
            })
          }
        }
        return { ...data, createdBy: req.user?.id ?? null }
      },
    ],
  },
  fields: [
    {
      name: 'programme',
      type: 'relationship',
      relationTo: 'programmes',
      required: true,
      index: true,
      label: label('Programme', 'Programme'),
    },
    {
      name: 'project',
      type: 'relationship',
      relationTo: 'projects',
      required: true,
      index: true,
      label: label('Projet', 'Project'),
    },
    {
      name: 'action',
      type: 'radio',
      required: true,
      label: label('Exception', 'Exception'),
      options: [
        { value: 'exclude', label: label('Exclure ce projet du programme', 'Exclude') },
        { value: 'include', label: label('Ajouter ce projet au programme (critères non remplis)', 'Include') },
      ],
    },
    { name: 'reason', type: 'textarea', required: true, minLength: 5, label: label('Motif', 'Reason') },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Décidé par', 'Decided by'),
      admin: { readOnly: true },
    },
  ],
}
