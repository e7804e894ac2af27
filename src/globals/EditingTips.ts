import type { GlobalConfig } from 'payload'

import { adminOnly } from '@/access'
import { PROJECT_FORM_FIELDS } from '@/domain/projects/form-fields'

/**
 * Editing tips ("conseils de rédaction"): one per field of the project form, written by admins,
 * shown beside the field while a teacher writes.
 */
export const EditingTips: GlobalConfig = {
  slug: 'editing-tips',
  label: { fr: 'Conseils de rédaction', en: 'Editing tips' },
  admin: { group: { fr: 'Financement participatif', en: 'Crowdfunding' } },
  access: { read: () => true, update: adminOnly },
  fields: PROJECT_FORM_FIELDS.map(([name, label]) => ({ name, type: 'textarea' as const, label, maxLength: 1000 })),
}
