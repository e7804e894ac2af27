import type { Access, CollectionConfig } from 'payload'

import { adminOnly } from '@/access'
import { relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { slugField } from '@/fields/slug'
import { label } from '@/fields/label'

/** Admins see every sponsor; a sponsor's managers their own; nobody else through the API (public pages read the public fields server-side). */
export const ownSponsors =
  (field: string): Access =>
  ({ req: { user } }) => {
    if (hasRole(user, 'admin')) return true
    if (user && hasRole(user, 'sponsor')) return { [field]: { in: relationIds(user.sponsors) } }
    return false
  }

/** Companies, foundations and public partners that top up projects (domain.md, "Sponsors"). */
export const Sponsors: CollectionConfig = {
  slug: 'sponsors',
  labels: { singular: label('Mécène', 'Sponsor'), plural: label('Mécènes', 'Sponsors') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'website'], group: label('Mécénat', 'Sponsorship') },
  access: { read: ownSponsors('id'), create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Nom', 'Name') },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: label('Type', 'Kind'),
      options: [
        { value: 'company', label: label('Entreprise', 'Company') },
        { value: 'foundation', label: label('Fondation', 'Foundation') },
        { value: 'public_partner', label: label('Partenaire public', 'Public partner') },
      ],
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: label('Logo', 'Logo'),
      admin: {
        description: label(
          'Une image de la médiathèque du site des projets (son texte alternatif est le nom du mécène).',
          'From the crowdfunding site’s media.',
        ),
      },
    },
    { name: 'description', type: 'textarea', label: label('Présentation', 'Description'), maxLength: 1500 },
    {
      type: 'row',
      fields: [
        {
          name: 'website',
          type: 'text',
          label: label('Site web', 'Website'),
          validate: (v: string | null | undefined) =>
            !v || /^https:\/\/[^\s]+$/.test(v) || 'Indiquez une adresse commençant par https://',
        },
        { name: 'contactEmail', type: 'email', label: label('Contact', 'Contact') },
      ],
    },
    { name: 'managers', type: 'join', collection: 'users', on: 'sponsors', label: label('Gestionnaires', 'Managers') },
  ],
}
