import { describe, expect, it } from 'vitest'

import { type ImportSummary, importSummaryLines, summariseUnknownLabels } from './import-summary'
import { legacyReference } from './legacy-rows'

const ref = legacyReference({
  departments: [],
  academies: [],
  themes: [
    { id: 3, name: 'Sport', slug: 'sport' },
    { id: 4, name: 'Échanges interculturels et international', slug: 'echanges-interculturels-et-international' },
  ],
})

describe('summariseUnknownLabels', () => {
  it('lists each unknown label once per column, with its count, its first five lines and its proposals, most frequent first', () => {
    const at = (column: 'thematiques' | 'type', label: string, lines: number[]) =>
      lines.map((line) => ({ column, label, line }))
    const summary = summariseUnknownLabels(
      [
        ...at('thematiques', 'sport !', [3]),
        ...at('thematiques', 'Cuisine', [2, 4, 5]),
        ...at('thematiques', ' cuisine ', [6]), // the same label, another spelling
        ...at('thematiques', 'CUISINE', [7, 9, 11]),
        ...at('type', 'Cuisine', [8]), // a kind: another list
        ...at('thematiques', 'échanges interculturels', [10, 12]),
      ],
      ref,
    )
    expect(summary).toEqual([
      { column: 'thematiques', label: 'Cuisine', count: 7, lines: [2, 4, 5, 6, 7], proposals: [] },
      {
        column: 'thematiques',
        label: 'échanges interculturels',
        count: 2,
        lines: [10, 12],
        proposals: ['Échanges interculturels et international'],
      },
      { column: 'thematiques', label: 'sport !', count: 1, lines: [3], proposals: ['Sport'] },
      { column: 'type', label: 'Cuisine', count: 1, lines: [8], proposals: [] },
    ])
  })
})

describe('importSummaryLines', () => {
  const summary: ImportSummary = {
    dryRun: true,
    campaigns: { created: 40, updated: 2, unchanged: 1, refused: 9 },
    gifts: { created: 700, updated: 0, unchanged: 3, refused: 120 },
    establishmentsCreated: 12,
    campaignsFile: 'campagnes.csv',
    unknownLabels: [
      { column: 'thematiques', label: 'Cuisine', count: 7, lines: [2, 4, 5, 6, 7], proposals: [] },
      { column: 'thematiques', label: 'sport !', count: 1, lines: [3], proposals: ['Sport'] },
      {
        column: 'type',
        label: 'Création spectacle',
        count: 2,
        lines: [8, 9],
        proposals: ['Création ou spectacle', 'Autre'],
      },
    ],
  }
  it('says what a dry run would do, then each unknown label once', () => {
    expect(importSummaryLines(summary)).toEqual([
      'Import à blanc (--dry-run) : rien n’a été enregistré. Ce que l’import ferait :',
      'Campagnes : 40 à créer, 2 à mettre à jour, 1 inchangé(s), 9 refusé(s)',
      'Dons : 700 à créer, 0 à mettre à jour, 3 inchangé(s), 120 refusé(s)',
      'Établissements à créer (UAI et nom seulement, à compléter par npm run import:establishments) : 12',
      'Libellés inconnus : 3 (chacun une fois ; les lignes qui en portent un sont refusées)',
      '  thématique « Cuisine » : 7 lignes (campagnes.csv, lignes 2, 4, 5, 6, 7…)',
      '  thématique « sport ! » : 1 ligne (campagnes.csv, ligne 3) ; proposition : « Sport »',
      '  type de projet « Création spectacle » : 2 lignes (campagnes.csv, lignes 8, 9) ; proposition : « Création ou spectacle » ou « Autre »',
      'Pour accepter un ancien nom, ajoutez-le dans l’administration (« Anciens noms » de la thématique, ou « Correspondances de l’import » pour un type de projet), puis relancez l’import. Une proposition n’est jamais appliquée d’office.',
    ])
  })
  it('says what a real run did', () => {
    expect(importSummaryLines({ ...summary, dryRun: false, unknownLabels: [] })).toEqual([
      'Campagnes : 40 créé(s), 2 mis à jour, 1 inchangé(s), 9 refusé(s)',
      'Dons : 700 créé(s), 0 mis à jour, 3 inchangé(s), 120 refusé(s)',
      'Établissements créés (UAI et nom seulement, à compléter par npm run import:establishments) : 12',
      'Libellés inconnus : aucun',
    ])
  })
})
