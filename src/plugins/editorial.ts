import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { searchPlugin } from '@payloadcms/plugin-search'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Field, Plugin } from 'payload'

import { adminOnly, adminsOrEditors, anyone, hiddenFromNonEditors } from '@/access'
import { contentPath, nestedPagePath, type ContentCollection } from '@/domain/content/paths'
import { env } from '@/env'
import { toSearchRow } from '@/services/content/search-index'
import { siteById, siteUrl } from '@/services/sites/registry'
import { label } from '@/fields/label'

const group = label('Contenus', 'Content')

/** Collections whose documents are public pages: SEO fields, search index, redirect targets. */
export const EDITORIAL_COLLECTIONS = ['pages', 'news', 'expert-articles', 'workshop-kits'] as const

/**
 * Payload's official plugins for the editorial content: SEO fields (title, description, image,
 * with generated defaults), nested pages, the search index (plugin-search, searched with
 * PostgreSQL's French full-text search) and redirects (one list per site).
 */
export const editorialPlugins: Plugin[] = [
  seoPlugin({
    collections: [...EDITORIAL_COLLECTIONS],
    uploadsCollection: 'media',
    generateTitle: ({ doc }) => doc?.title ?? '',
    generateDescription: ({ doc }) => doc?.excerpt ?? doc?.summary ?? doc?.intro ?? '',
    generateURL: async ({ doc, collectionConfig, req }) => {
      const tenantId = typeof doc?.tenant === 'object' ? doc?.tenant?.id : doc?.tenant
      const site = tenantId ? await siteById(req.payload, Number(tenantId)) : null
      const path = contentPath((collectionConfig?.slug ?? 'pages') as ContentCollection, doc ?? {})
      return site?.primaryDomain ? siteUrl(site, path) : `${env.SERVER_URL}${path}`
    },
  }),
  nestedDocsPlugin({
    collections: ['pages'],
    generateLabel: (_docs, doc) => String(doc.title ?? ''),
    generateURL: (docs) => nestedPagePath(docs.map((d) => d.slug as string | undefined)),
  }),
  searchPlugin({
    collections: [...EDITORIAL_COLLECTIONS],
    syncDrafts: false,
    deleteDrafts: true,
    beforeSync: toSearchRow,
    defaultPriorities: { pages: 10, 'expert-articles': 20, 'workshop-kits': 20, news: 30 },
    searchOverrides: {
      labels: {
        singular: label('Index de recherche', 'Search index'),
        plural: label('Index de recherche', 'Search index'),
      },
      admin: { group, defaultColumns: ['title', 'kind', 'tenant', 'url'] },
      access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
      fields: ({ defaultFields }): Field[] => [
        ...defaultFields,
        {
          name: 'tenant',
          type: 'relationship',
          relationTo: 'tenants',
          index: true,
          label: label('Site', 'Site'),
          admin: { readOnly: true },
        },
        { name: 'kind', type: 'text', index: true, label: label('Type', 'Kind'), admin: { readOnly: true } },
        { name: 'url', type: 'text', label: 'URL', admin: { readOnly: true } },
        { name: 'excerpt', type: 'textarea', label: label('Résumé', 'Excerpt'), admin: { readOnly: true } },
        { name: 'text', type: 'textarea', label: label('Texte', 'Text'), admin: { readOnly: true } },
        { name: 'publishedDate', type: 'date', label: label('Date', 'Date'), admin: { readOnly: true } },
      ],
    },
  }),
  redirectsPlugin({
    collections: [...EDITORIAL_COLLECTIONS],
    redirectTypes: ['301', '302'],
    overrides: {
      labels: { singular: label('Redirection', 'Redirect'), plural: label('Redirections', 'Redirects') },
      admin: { group, hidden: hiddenFromNonEditors, defaultColumns: ['from', 'to.type', 'tenant', 'updatedAt'] },
      access: { read: anyone, create: adminsOrEditors, update: adminsOrEditors, delete: adminsOrEditors },
      // One list per site (multi-tenant plugin): the same old path may redirect differently on each.
      indexes: [{ fields: ['tenant', 'from'], unique: true }],
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          'name' in field && field.name === 'from'
            ? {
                ...field,
                unique: false,
                validate: (value: string | null | undefined) =>
                  (value && /^\/[^\s]*$/.test(value)) ||
                  'Indiquez l’ancien chemin du site, commençant par / (ex. : /ancienne-page).',
                admin: {
                  description: label('L’ancien chemin, sans le domaine (ex. : /ancienne-page).', 'The old path.'),
                },
              }
            : field,
        ) as Field[],
    },
  }),
]
