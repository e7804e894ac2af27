import type { ArrayField, SelectField } from 'payload'

import { nobody } from '@/access'
import { label } from '@/fields/label'

import { historyRowLabel } from './row-label'

/** The status of a lifecycle, in the sidebar; only its transition endpoint writes it. */
export function lifecycleStatusField<S extends string>(
  statuses: readonly S[],
  labels: Record<S, string>,
  defaultValue: S,
): SelectField {
  return {
    name: 'status',
    type: 'select',
    label: label('Statut', 'Status'),
    // Always set by the hooks (created as draft / requested); not required in the API's input.
    defaultValue,
    index: true,
    options: statuses.map((value) => ({ value, label: label(labels[value], value) })),
    access: { create: nobody, update: nobody },
    admin: { position: 'sidebar', readOnly: true },
  }
}

/** Every transition made (from, to, when, by whom, comment), read-only. */
export function lifecycleHistoryField<S extends string>(statuses: readonly S[], labels: Record<S, string>): ArrayField {
  const options = statuses.map((value) => ({ value, label: label(labels[value], value) }))
  return {
    name: 'history',
    type: 'array',
    label: label('Historique', 'History'),
    access: { create: nobody, update: nobody },
    admin: { readOnly: true, initCollapsed: true, components: { RowLabel: historyRowLabel(labels) } },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'from', type: 'select', options, label: label('De', 'From') },
          { name: 'to', type: 'select', options, label: label('Vers', 'To') },
          { name: 'at', type: 'date', label: label('Le', 'At') },
          { name: 'actorUser', type: 'relationship', relationTo: 'users', label: label('Par', 'By') },
        ],
      },
      { name: 'comment', type: 'textarea', label: label('Commentaire', 'Comment') },
    ],
  }
}
