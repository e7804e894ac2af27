import type { CollectionConfig, Field } from 'payload'

import { adminsOrEditors, publishedOrEditors } from '@/access'
import { REPORT_SECTIONS } from '@/domain/statistics/report'
import { label } from '@/fields/label'
import { revalidateActivityReports } from '@/services/cache/revalidate-hooks'

/**
 * The editors' text of the yearly activity report (issue 9): one document per year, a text before
 * each section of figures. The figures themselves are never typed here: the report page and its PDF
 * compute them from the data (src/services/statistics). Drafts stay private until published.
 */
export const ActivityReports: CollectionConfig = {
  slug: 'activity-reports',
  labels: {
    singular: label('Rapport d’activité', 'Activity report'),
    plural: label('Rapports d’activité', 'Activity reports'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['year', 'title', '_status', 'updatedAt'],
    group: label('Statistiques', 'Statistics'),
    description: label(
      'Le texte des rédacteurs autour des chiffres du rapport annuel. Les chiffres viennent toujours des données : ils ne se saisissent pas ici. Rapport publié : /chiffres-cles/rapport/<année> et son PDF.',
      'Editors’ text around the yearly report’s figures, which always come from the data.',
    ),
  },
  access: {
    read: publishedOrEditors,
    readVersions: adminsOrEditors,
    create: adminsOrEditors,
    update: adminsOrEditors,
    delete: adminsOrEditors,
  },
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: { afterChange: [revalidateActivityReports], afterDelete: [revalidateActivityReports] },
  defaultSort: '-year',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          label: label('Année', 'Year'),
          required: true,
          unique: true,
          min: 2000,
          max: 2100,
          admin: { width: '25%' },
        },
        {
          name: 'title',
          type: 'text',
          label: label('Titre', 'Title'),
          required: true,
          maxLength: 160,
          admin: { placeholder: 'Rapport d’activité 2023' },
        },
      ],
    },
    ...REPORT_SECTIONS.map(({ key, title, hint }): Field => ({
      name: key,
      type: 'textarea',
      label: { fr: title, en: title },
      maxLength: 8000,
      admin: { description: label(`${hint} Paragraphes séparés par une ligne vide.`, hint), rows: 6 },
    })),
  ],
}
