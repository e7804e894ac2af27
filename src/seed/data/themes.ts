export type ThemeSeed = { slug: string; name: string }

export const themes: ThemeSeed[] = [
  { slug: 'arts-et-culture', name: 'Arts et culture' },
  { slug: 'developpement-durable', name: 'Développement durable' },
  { slug: 'sport', name: 'Sport' },
  {
    slug: 'echanges-interculturels-et-international',
    name: 'Échanges interculturels et international',
  },
  { slug: 'sciences', name: 'Sciences' },
  { slug: 'citoyennete', name: 'Citoyenneté' },
  { slug: 'sante-et-alimentation', name: 'Santé et alimentation' },
  { slug: 'numerique', name: 'Numérique' },
  { slug: 'inclusion-et-handicap', name: 'Inclusion et handicap' },
]
