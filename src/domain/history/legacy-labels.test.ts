import { describe, expect, it } from 'vitest'

import {
  findLabelClashes,
  kindTable,
  labelKey,
  looseWords,
  matchLabel,
  proposeLabels,
  themeTable,
} from './legacy-labels'

/** The seeded themes (src/seed/data/themes.ts), one with an admin's alternative label, and a ligature. */
const themes = themeTable([
  { id: 1, name: 'Arts et culture', slug: 'arts-et-culture' },
  { id: 2, name: 'Développement durable', slug: 'developpement-durable' },
  { id: 3, name: 'Sport', slug: 'sport' },
  {
    id: 4,
    name: 'Échanges interculturels et international',
    slug: 'echanges-interculturels-et-international',
    alternativeLabels: ['  Ouverture au monde '],
  },
  { id: 5, name: 'Sciences', slug: 'sciences' },
  { id: 6, name: 'Citoyenneté', slug: 'citoyennete' },
  { id: 7, name: 'Santé et alimentation', slug: 'sante-et-alimentation' },
  { id: 8, name: 'Numérique', slug: 'numerique' },
  { id: 9, name: 'Inclusion et handicap', slug: 'inclusion-et-handicap' },
  { id: 10, name: 'Œuvres d’art', slug: 'oeuvres-d-art' },
])
const kinds = kindTable([{ kind: 'outing', label: 'Classe transplantée' }])

describe('labelKey: what makes two labels the same label', () => {
  it.each([
    ['Sport', ' SPORT '],
    ['Développement durable', 'developpement   durable'],
    ['Voyage à l’étranger', "voyage a l'etranger"],
    ['Santé\u00a0et alimentation', 'santé et alimentation'],
  ])('%s = %s', (a, b) => expect(labelKey(a)).toBe(labelKey(b)))

  it.each([
    ['Sport', 'sport !'],
    ['Œuvres d’art', 'Oeuvres d’art'],
    ['Sciences', 'Science'],
    ['Développement durable', 'Développement-durable'],
  ])('%s ≠ %s', (a, b) => expect(labelKey(a)).not.toBe(labelKey(b)))
})

describe('looseWords: the words that carry a label', () => {
  it.each([
    ['L’Art & les cultures !', ['art', 'culture']],
    ["l'art et la culture", ['art', 'culture']],
    ['Œuvres d’art', ['oeuvre', 'art']],
    ['Éco-citoyenneté', ['eco', 'citoyennete']],
    ['Jeux vidéo', ['jeu', 'video']],
    ['Échanges internationaux', ['echange', 'international']],
    ['Bateaux', ['bateau']],
    ['Bus', ['bus']],
    ['et / ou', []],
  ])('%s → %o', (label, words) => expect(looseWords(label)).toEqual(words))
})

describe('matchLabel: accepted labels', () => {
  it.each([
    ['Sport', 3],
    ['sport', 3],
    ['SPORT', 3],
    ['Developpement durable', 2],
    ['developpement-durable', 2], // the slug
    ['Développement-Durable', 2], // the slug, case aside
    ['ouverture au monde', 4], // an alternative label, trimmed, case aside
    ['Œuvres d’art', 10],
    ["Œuvres d'art", 10], // the other apostrophe
  ])('%s → theme %i', (label, id) => expect(matchLabel(themes, label)).toBe(id))

  it.each(['sport !', 'Sports', 'Oeuvres d’art', 'Échanges interculturels', 'Ouverture', 'Cuisine', ''])(
    '%s is not accepted',
    (label) => {
      expect(matchLabel(themes, label)).toBeUndefined()
    },
  )

  it.each([
    ['Sortie', 'outing'],
    ['séjour avec nuitées', 'stay_with_nights'],
    ['Séjour', 'stay_with_nights'],
    ["Voyage à l'étranger", 'international_trip'],
    ['matériel', 'equipment'],
    ['Spectacle', 'creation_show'],
    ['AUTRE', 'other'],
    [' classe transplantée ', 'outing'], // the admin's alternative label
  ])('kind %s → %s', (label, kind) => expect(matchLabel(kinds, label)).toBe(kind))
})

describe('proposeLabels: likely matches, proposed only', () => {
  it.each([
    ['sport !', ['Sport']], // punctuation
    ['Sports', ['Sport']], // plural
    ['échanges interculturels', ['Échanges interculturels et international']], // a trailing qualifier missing
    ['Echanges-interculturels & internationaux', ['Échanges interculturels et international']], // hyphen, ampersand, plural
    ['Sport et loisirs', ['Sport']], // a trailing qualifier added
    ['Art et cultures', ['Arts et culture']],
    ['Culture et arts', ['Arts et culture']], // another order
    ['Oeuvres d’art', ['Œuvres d’art']], // ligature
    ['Art', ['Arts et culture']], // prefix on a word boundary
    ['Inclusion', ['Inclusion et handicap']],
    ['Ouverture au monde et voyages', ['Échanges interculturels et international']], // through an alternative label
  ])('%s → %o', (label, proposals) => expect(proposeLabels(themes, label)).toEqual(proposals))

  it.each([
    'Artisanat', // "Art" is a word of "Arts et culture", not a prefix of "Artisanat"
    'Numéro',
    'Sci',
    'Culture', // a suffix is no match
    'Santé publique', // shares a first word only: neither is the other plus words
    'Cuisine',
    'et',
    '!!!',
    '',
  ])('%s → no proposal', (label) => expect(proposeLabels(themes, label)).toEqual([]))

  it('proposes nothing for an accepted label', () => {
    expect(proposeLabels(themes, 'SPORT')).toEqual([])
  })

  it('ranks the closest first and names each target once', () => {
    const table = themeTable([
      { id: 1, name: 'Sciences et techniques', slug: 'sciences-et-techniques' },
      { id: 2, name: 'Sciences', slug: 'sciences', alternativeLabels: ['Science'] },
      { id: 3, name: 'Sciences et techniques industrielles', slug: 'sti' },
    ])
    expect(proposeLabels(table, 'Sciences !')).toEqual([
      'Sciences',
      'Sciences et techniques',
      'Sciences et techniques industrielles',
    ])
    expect(proposeLabels(table, 'Sciences !', 1)).toEqual(['Sciences'])
  })

  it.each([
    ['Sorties scolaires', ['Sortie']],
    ['Voyages', ['Voyage à l’étranger']],
    ['Séjours avec nuitées', ['Séjour avec nuitées']],
    ['Création / spectacle', ['Création ou spectacle']],
    ['Classe transplantée !', ['Sortie']],
  ])('kind %s → %o', (label, proposals) => expect(proposeLabels(kinds, label)).toEqual(proposals))
})

describe('findLabelClashes: a label names one target only', () => {
  const others = themeTable([
    { id: 3, name: 'Sport', slug: 'sport' },
    {
      id: 4,
      name: 'Échanges interculturels et international',
      slug: 'echanges-interculturels-et-international',
      alternativeLabels: ['Ouverture au monde'],
    },
  ])
  it('refuses a theme’s alternative label that is another theme’s name, slug or alternative label', () => {
    const labels = [
      'sport',
      'Ouverture au MONDE',
      'echanges-interculturels-et-international',
      'sport !',
      'Éducation physique',
    ]
    expect(
      findLabelClashes(
        labels.map((label) => ({ label, target: 1 })),
        others,
      ),
    ).toEqual([
      { index: 0, heldBy: 'Sport' },
      { index: 1, heldBy: 'Échanges interculturels et international' },
      { index: 2, heldBy: 'Échanges interculturels et international' },
    ])
  })
  it('accepts the same label twice for one target', () => {
    expect(
      findLabelClashes(
        [
          { label: 'Gym', target: 1 },
          { label: 'gym', target: 1 },
        ],
        others,
      ),
    ).toEqual([])
  })
  it('refuses a kind’s label that is another kind’s name or usual word, or an earlier row of another kind', () => {
    const rows = [
      { label: 'Classe verte', target: 'stay_with_nights' as const },
      { label: 'classe verte', target: 'outing' as const },
      { label: 'Matériel', target: 'other' as const },
      { label: 'Séjour', target: 'stay_with_nights' as const },
    ]
    expect(findLabelClashes(rows, kindTable())).toEqual([
      { index: 1, heldBy: 'Séjour avec nuitées' },
      { index: 2, heldBy: 'Équipement' },
    ])
  })
})
