import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { adminOnly, anyone } from '@/access'
import { HEX_COLOUR, hasReadableContrast } from '@/domain/sites/contrast'
import { normalizeHost } from '@/domain/sites/host'
import { slugField } from '@/fields/slug'
import { revalidateSites } from '@/services/cache/revalidate-hooks'

const readableOnWhite: TextFieldSingleValidation = (value) => {
  if (!value || !HEX_COLOUR.test(value)) return 'Indiquez une couleur au format #rrggbb.'
  return (
    hasReadableContrast(value, '#ffffff') || 'Contraste insuffisant avec le blanc (4,5:1 minimum, critère RGAA 3.2).'
  )
}

const uniqueDomain: TextFieldSingleValidation = async (value, { req, id }) => {
  const host = normalizeHost(value)
  if (!host || host !== value)
    return 'Indiquez un nom d’hôte seul, en minuscules, sans port ni chemin (ex. : projets.example.fr).'
  const clash = await req.payload.find({
    collection: 'tenants',
    where: { and: [{ 'domains.domain': { equals: host } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    limit: 1,
    depth: 0,
    req,
  })
  return clash.totalDocs === 0 || `Le domaine ${host} est déjà utilisé par le site « ${clash.docs[0]?.name} ».`
}

/**
 * A site of the portal. Adding a programme is adding a tenant: name, domains, theme colours; its
 * navigation lives in its site settings, its pages in `pages`.
 */
export const Tenants: CollectionConfig = {
  slug: 'tenants',
  labels: { singular: { fr: 'Site', en: 'Site' }, plural: { fr: 'Sites', en: 'Sites' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'domains'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  hooks: { afterChange: [revalidateSites], afterDelete: [revalidateSites] },
  fields: [
    { name: 'name', type: 'text', label: { fr: 'Nom du site', en: 'Site name' }, required: true },
    slugField('name', { unique: true }),
    {
      name: 'domains',
      type: 'array',
      label: { fr: 'Noms de domaine', en: 'Domains' },
      minRows: 1,
      required: true,
      admin: {
        description: { fr: 'Le premier est le domaine principal (URL canoniques).', en: 'The first one is canonical.' },
      },
      fields: [
        {
          name: 'domain',
          type: 'text',
          label: { fr: 'Domaine', en: 'Domain' },
          required: true,
          index: true,
          validate: uniqueDomain,
        },
      ],
    },
    {
      name: 'theme',
      type: 'group',
      label: { fr: 'Couleurs', en: 'Colours' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'primary',
              type: 'text',
              label: { fr: 'Couleur principale', en: 'Primary colour' },
              required: true,
              defaultValue: '#000091',
              validate: readableOnWhite,
            },
            {
              name: 'accent',
              type: 'text',
              label: { fr: 'Couleur d’accent', en: 'Accent colour' },
              required: true,
              defaultValue: '#c9191e',
              validate: readableOnWhite,
            },
          ],
        },
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      label: { fr: 'Description (moteurs de recherche)', en: 'Description (search engines)' },
      maxLength: 300,
    },
  ],
}
