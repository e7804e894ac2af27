import type { Field } from 'payload'

/** A link's target: a path of the site (/contact), an https:// address or a mailto: address. */
export const LINK_PATTERN = /^(\/[^\s]*|https:\/\/[^\s]+|mailto:[^\s]+)$/

export const linkUrlField = (overrides: { required?: boolean } = {}): Field => ({
  name: 'url',
  type: 'text',
  label: 'URL',
  required: overrides.required ?? true,
  validate: (value: string | null | undefined) =>
    (!value && !overrides.required) ||
    (value && LINK_PATTERN.test(value)) ||
    'Indiquez un chemin du site (/contact) ou une adresse https://.',
})
