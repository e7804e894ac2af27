import type { TextField } from 'payload'

import { SLUG_PATTERN, slugify } from '@/domain/text/slugify'

/** A URL slug filled from `from` when left empty; lowercase ASCII words separated by hyphens. */
export function slugField(from: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: { fr: 'Identifiant d’URL', en: 'Slug' },
    required: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: { fr: 'Rempli à partir du titre si laissé vide.', en: 'Filled from the title when empty.' },
    },
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim()) return value.trim()
          const source = data?.[from]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
    validate: (value: string | null | undefined) =>
      !value ||
      SLUG_PATTERN.test(value) ||
      'Utilisez des lettres minuscules sans accent, des chiffres et des tirets (ex. : mentions-legales).',
    ...overrides,
  } as TextField
}
