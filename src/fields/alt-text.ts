import type { TextField } from 'payload'

import { ALT_MAX_LENGTH, altTextProblem } from '@/domain/media/picture'

/** The required alternative text of an uploaded image; `en` is the English admin description. */
export const altTextField = (en: string): TextField => ({
  name: 'alt',
  type: 'text',
  label: { fr: 'Texte alternatif', en: 'Alternative text' },
  required: true,
  maxLength: ALT_MAX_LENGTH,
  validate: (value: string | null | undefined) => altTextProblem(value) ?? true,
  admin: { description: { fr: 'Ce que montre l’image, pour les personnes qui ne la voient pas.', en } },
})
