import { describe, expect, it } from 'vitest'

import {
  CAMPAIGN_COLUMNS,
  GIFT_COLUMNS,
  checkHeader,
  legacyReference,
  parseCampaignRow,
  parseGiftRow,
} from './legacy-rows'
import { parseAmountCents, parseFrenchDate } from './legacy-values'

const ref = legacyReference({
  departments: [
    { id: 95, code: '95', name: "Val-d'Oise", academyCode: '25' },
    { id: 2, code: '02', name: 'Aisne', academyCode: '20' },
  ],
  academies: [
    { code: '25', name: 'Versailles' },
    { code: '20', name: 'Amiens' },
  ],
  themes: [
    { id: 1, name: 'Arts et culture', slug: 'arts-et-culture' },
    { id: 2, name: 'Sport', slug: 'sport' },
  ],
})

const campaign = {
  id: 'C1',
  titre: 'Classe de mer',
  uai: '0951234A',
  etablissement: 'École Jean-Jaurès',
  niveau: 'école',
  departement: '95',
  academie: 'Versailles',
  thematiques: 'Arts et culture|sport',
  type: 'Séjour avec nuitées',
  objectif_minimum: '1 000',
  objectif_optimum: '2 000,50',
  date_publication: '01/02/2023',
  date_fin: '31/03/2023',
  statut: 'réussie',
  montant_collecte: '1 406,27',
  courte_echelle: '1',
}
const cells = (row: Record<string, string>) => (column: string) => row[column] ?? ''
const gift = {
  id: 'D1',
  campagne_id: 'C1',
  date: '15/02/2023',
  montant: '57',
  type_donateur: 'entreprise',
  email_donateur: 'a@b.fr',
  choix_echec: 'fonds_solidaire',
  statut: 'payé',
  recu_fiscal: 'oui',
}

describe('values of the former platform', () => {
  it.each([
    ['12', 1200],
    ['12,5', 1250],
    ['1 234,56', 123_456],
    ['1.234,56', 123_456],
    ['1\u00a0234', 123_400],
    ['10 €', 1000],
    ['0', 0],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseAmountCents(text)).toEqual({ ok: true, value: cents })
  })
  it.each(['12.5.3', '12.50', '1,234', '-5', 'abc', '', '1,234,5'])('refuses the amount %s', (text) => {
    expect(parseAmountCents(text).ok).toBe(false)
  })
  it('reads real dd/mm/yyyy dates only', () => {
    expect(parseFrenchDate('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' })
    expect(parseFrenchDate('31/02/2023')).toEqual({
      ok: false,
      reason: 'date impossible « 31/02/2023 » : ce jour n’existe pas',
    })
    expect(parseFrenchDate('2023-02-01').ok).toBe(false)
  })
})

describe('header', () => {
  it('finds the columns in any order, and names the missing ones or another separator', () => {
    expect(checkHeader([...GIFT_COLUMNS].reverse(), GIFT_COLUMNS)).toMatchObject({
      ok: true,
      index: { id: 8, recu_fiscal: 0 },
    })
    expect(checkHeader([CAMPAIGN_COLUMNS.join(',')], CAMPAIGN_COLUMNS)).toEqual({
      ok: false,
      reason: 'séparateur « virgule » : les colonnes doivent être séparées par des points-virgules (;)',
    })
    const missing = checkHeader(
      GIFT_COLUMNS.filter((c) => c !== 'montant' && c !== 'date'),
      GIFT_COLUMNS,
    )
    expect(missing.ok === false && missing.reason).toMatch(/^colonnes manquantes : date, montant/)
  })
})

describe('a campaign row', () => {
  it('reads every field', () => {
    expect(parseCampaignRow(cells(campaign), ref)).toEqual({
      ok: true,
      value: {
        legacyId: 'C1',
        title: 'Classe de mer',
        uai: '0951234A',
        establishmentName: 'École Jean-Jaurès',
        level: 'ecole',
        departmentId: 95,
        themeIds: [1, 2],
        kind: 'stay_with_nights',
        minimumGoalCents: 100_000,
        optimumGoalCents: 200_050,
        startDate: '2023-02-01',
        endDate: '2023-03-31',
        outcome: 'succeeded',
        collectedCents: 140_627,
        courteEchelle: true,
      },
    })
  })
  it.each([
    [{ niveau: 'maternelle' }, 'niveau inconnu « maternelle » : « école », « collège », « lycée » attendu'],
    [{ statut: 'annulée' }, 'statut inconnu « annulée » : « réussie », « échouée » attendu'],
    [{ montant_collecte: '12.5.3' }, 'montant collecté : montant invalide « 12.5.3 »'],
    [{ date_fin: '31/02/2023' }, 'date de fin : date impossible « 31/02/2023 »'],
    [{ uai: '095123' }, 'UAI invalide « 095123 »'],
    [{ departement: '99' }, 'département inconnu « 99 »'],
    [{ academie: 'Amiens' }, 'académie « Amiens » incohérente'],
    [{ thematiques: 'Cuisine' }, 'thématique inconnue « Cuisine »'],
    [{ objectif_minimum: '3000' }, 'objectif minimum supérieur à l’objectif optimum'],
    [{ courte_echelle: 'oui' }, 'courte_echelle inconnu « oui »'],
  ])('refuses %o: %s', (change, reason) => {
    const parsed = parseCampaignRow(cells({ ...campaign, ...change }), ref)
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.reason).toContain(reason)
  })
  it('accepts themes and kinds by name, slug or alternative label, and names the unknown ones', () => {
    const withLabels = legacyReference({
      departments: [{ id: 95, code: '95', name: "Val-d'Oise", academyCode: '25' }],
      academies: [{ code: '25', name: 'Versailles' }],
      themes: [
        { id: 1, name: 'Arts et culture', slug: 'arts-et-culture', alternativeLabels: ['Culture artistique'] },
        { id: 2, name: 'Sport', slug: 'sport' },
      ],
      kindLabels: [{ kind: 'outing', label: 'Classe transplantée' }],
    })
    const accepted = parseCampaignRow(
      cells({ ...campaign, thematiques: 'culture artistique|SPORT', type: 'Classe transplantée' }),
      withLabels,
    )
    expect(accepted).toMatchObject({ ok: true, value: { themeIds: [1, 2], kind: 'outing' } })
    const refused = parseCampaignRow(
      cells({ ...campaign, thematiques: 'Sport !|Cuisine|cuisine', type: 'Classe verte' }),
      withLabels,
    )
    expect(refused).toMatchObject({
      ok: false,
      unknownLabels: [
        { column: 'thematiques', label: 'Sport !' },
        { column: 'thematiques', label: 'Cuisine' },
        { column: 'type', label: 'Classe verte' },
      ],
    })
    expect(!refused.ok && refused.reason).toContain(
      'type de projet inconnu « Classe verte » : « Sortie », « Séjour avec nuitées », « Voyage à l’étranger », « Équipement », « Création ou spectacle », « Autre » attendu',
    )
  })
  it('names every problem of the row', () => {
    const parsed = parseCampaignRow(cells({ ...campaign, niveau: 'x', statut: 'y' }), ref)
    expect(!parsed.ok && parsed.reason.split(' ; ')).toHaveLength(2)
  })
})

describe('a gift row', () => {
  it('reads every field', () => {
    expect(parseGiftRow(cells(gift), 'succeeded')).toEqual({
      ok: true,
      value: {
        legacyId: 'D1',
        campaignLegacyId: 'C1',
        date: '2023-02-15',
        amountCents: 5700,
        donorType: 'company',
        email: 'a@b.fr',
        failureChoice: 'solidarity',
        status: 'paid',
        wantsReceipt: true,
      },
    })
  })
  it.each([
    [{}, null, 'campagne inconnue « C1 »'],
    [{ statut: 'payé' }, 'failed', 'don « payé » d’une collecte échouée'],
    [{ statut: 'réaffecté' }, 'succeeded', 'alors que sa collecte a réussi'],
    [{ montant: '12.5.3' }, 'succeeded', 'montant : montant invalide'],
    [{ date: '31/02/2023' }, 'succeeded', 'date : date impossible'],
    [{ type_donateur: 'association' }, 'succeeded', 'type de donateur inconnu'],
    [{ recu_fiscal: '1' }, 'succeeded', 'reçu fiscal inconnu'],
    [{ email_donateur: 'pas-une-adresse' }, 'succeeded', 'adresse e-mail invalide'],
  ] as const)('refuses %o (campaign %s): %s', (change, outcome, reason) => {
    const parsed = parseGiftRow(cells({ ...gift, ...change }), outcome)
    expect(!parsed.ok && parsed.reason).toContain(reason)
  })
})
