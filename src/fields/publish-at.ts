import type { DateField } from 'payload'

/** "Publish at": a draft saved with a future time is published then by the jobs queue (see services/content/schedule-hooks.ts). */
export const publishAtField: DateField = {
  name: 'publishAt',
  type: 'date',
  label: { fr: 'Publication programmée', en: 'Scheduled publication' },
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm', timeIntervals: 15 },
    description: {
      fr: 'Enregistrez le brouillon avec une date à venir : il sera publié automatiquement à cette heure (heure de Paris). Laissez vide pour publier vous-même.',
      en: 'Save the draft with a future time: it will be published then.',
    },
  },
}

/** The date shown to visitors; set to the first publication's time when left empty. */
export const publishedDateField: DateField = {
  name: 'publishedDate',
  type: 'date',
  label: { fr: 'Date de publication', en: 'Publication date' },
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
    description: {
      fr: 'Affichée aux visiteurs ; remplie à la première publication si laissée vide.',
      en: 'Shown to visitors.',
    },
  },
}
