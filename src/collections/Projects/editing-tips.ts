import type { Field } from 'payload'

import { PROJECT_FORM_FIELDS } from '@/domain/projects/form-fields'

const WITH_TIPS = new Set<string>(PROJECT_FORM_FIELDS.map(([name]) => name))
const DESCRIPTION = '/ui/admin/EditingTipDescription#EditingTipDescription'

/** Gives each field of the project form (rows and collapsibles included) its editing tip as description. */
export function withEditingTips(fields: Field[]): Field[] {
  return fields.map((field) => {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field)
      return { ...field, fields: withEditingTips(field.fields) }
    if (!('name' in field) || !WITH_TIPS.has(field.name) || field.type === 'ui' || field.type === 'join') return field
    const admin = (field.admin ?? {}) as { components?: Record<string, unknown> }
    return { ...field, admin: { ...admin, components: { ...admin.components, Description: DESCRIPTION } } } as Field
  })
}
