/**
 * The statistics as tables: one shape for the web pages (HTML tables under their charts), the CSV
 * exports, the admin dashboard and the report's PDF. Pure: figures in, French tables out.
 */
import { type BreakdownCounts, breakdownFigures, rankBreakdown, topOf } from './breakdowns'
import type { FundFigures } from './fund'
import type { GiftFigures } from './gifts'
import { type PeriodKind, monthsOf, periodLabel } from './periods'
import { roundedPercent } from './ratios'
import type { YearFigures } from './yearly'

export type ColumnKind = 'text' | 'count' | 'cents' | 'percent'
export type StatColumn = { key: string; label: string; kind: ColumnKind }
export type StatCell = string | number | null
export type StatRow = Record<string, StatCell>

/** A chart drawn from the table's own columns: the table is always its text equivalent. */
export type ChartSpec = { type: 'bar' | 'stacked-bar' | 'horizontal-bar'; category: string; series: string[] }

export type StatTable = {
  /** URL name of the table (CSV export: /chiffres-cles/donnees/<id>.csv). */
  id: string
  title: string
  caption: string
  columns: StatColumn[]
  rows: StatRow[]
  chart?: ChartSpec
  notes?: string[]
}

const col = (key: string, label: string, kind: ColumnKind): StatColumn => ({ key, label, kind })

export function activityTable(rows: readonly YearFigures[], kind: PeriodKind): StatTable {
  return {
    id: 'activite',
    title: 'Activité par année',
    caption: `Collectes terminées par ${kind === 'calendar' ? 'année civile' : 'année scolaire'} de fin, par degré ; montant moyen collecté par collecte réussie ; taux de réussite`,
    columns: [
      col('year', kind === 'calendar' ? 'Année' : 'Année scolaire', 'text'),
      col('completed', 'Collectes terminées', 'count'),
      col('completedFirst', 'dont 1er degré (école)', 'count'),
      col('completedSecond', 'dont 2nd degré (collège, lycée)', 'count'),
      col('averageCollectedCents', 'Montant moyen collecté par projet', 'cents'),
      col('successRate', 'Taux de réussite', 'percent'),
      col('successRateFirst', 'Taux de réussite, 1er degré', 'percent'),
      col('successRateSecond', 'Taux de réussite, 2nd degré', 'percent'),
    ],
    rows: rows.map((r) => ({
      year: periodLabel(r.year, kind),
      completed: r.completed,
      completedFirst: r.completedFirst,
      completedSecond: r.completedSecond,
      averageCollectedCents: r.averageCollectedCents,
      successRate: r.successRate,
      successRateFirst: r.successRateFirst,
      successRateSecond: r.successRateSecond,
    })),
    chart: { type: 'stacked-bar', category: 'year', series: ['completedFirst', 'completedSecond'] },
    notes: [
      'Une collecte est terminée quand elle a réussi ou échoué ; elle compte pour l’année de sa date de fin.',
      'Montant moyen collecté = total collecté par les collectes réussies ÷ nombre de collectes réussies. Taux de réussite = réussies ÷ terminées.',
    ],
  }
}

const BREAKDOWN_TITLES = {
  academies: { title: 'Projets par académie', first: 'Académie' },
  departements: { title: 'Les dix départements les plus actifs', first: 'Département' },
  thematiques: { title: 'Projets par thématique', first: 'Thématique' },
  niveaux: { title: 'Projets par niveau', first: 'Niveau' },
} as const

export function breakdownTable(
  id: keyof typeof BREAKDOWN_TITLES,
  counts: readonly BreakdownCounts[],
  period: string,
): StatTable {
  const { title, first } = BREAKDOWN_TITLES[id]
  const rows = breakdownFigures(
    id === 'departements' ? topOf(counts) : id === 'niveaux' ? counts : rankBreakdown(counts),
  )
  return {
    id,
    title: `${title} (${period})`,
    caption: `${title} : projets publiés (collecte ouverte) et collectes terminées en ${period}`,
    columns: [
      col('label', first, 'text'),
      col('published', 'Projets publiés', 'count'),
      col('completed', 'Collectes terminées', 'count'),
      col('succeeded', 'Collectes réussies', 'count'),
      col('successRate', 'Taux de réussite', 'percent'),
      col('succeededCollectedCents', 'Montant collecté (collectes réussies)', 'cents'),
    ],
    rows: rows.map((r) => ({
      label: r.label,
      published: r.published,
      completed: r.completed,
      succeeded: r.succeeded,
      successRate: r.successRate,
      succeededCollectedCents: r.succeededCollectedCents,
    })),
    chart: { type: 'horizontal-bar', category: 'label', series: ['published', 'completed'] },
    notes:
      id === 'thematiques'
        ? ['Un projet à plusieurs thématiques compte dans chacune.']
        : id === 'niveaux'
          ? []
          : ['Classés par nombre de projets publiés.'],
  }
}

const keyRow = (label: string, count: number | null, cents: number | null, share: number | null): StatRow => ({
  label,
  count,
  cents,
  share,
})
const keyColumns = (shareLabel: string) => [
  col('label', 'Indicateur', 'text'),
  col('count', 'Nombre', 'count'),
  col('cents', 'Montant', 'cents'),
  col('share', shareLabel, 'percent'),
]

export function giftTables(g: GiftFigures, period: string): StatTable[] {
  return [
    {
      id: 'donateurs',
      title: `Origine des fonds (${period})`,
      caption: `Dons et abondements reçus par les collectes terminées en ${period}, par origine`,
      columns: [
        col('label', 'Origine', 'text'),
        col('count', 'Nombre de versements', 'count'),
        col('cents', 'Montant', 'cents'),
        col('share', 'Part du total', 'percent'),
      ],
      rows: [
        keyRow('Particuliers', g.individualCount, g.individualCents, g.individualShareOfAll),
        keyRow('Entreprises et associations', g.companyCount, g.companyCents, g.companyShareOfAll),
        keyRow('Volet solidaire (fonds solidaire)', g.solidarityCount, g.solidarityCents, g.solidarityShareOfAll),
        keyRow('Mécènes (abondements)', g.sponsorCount, g.sponsorCents, g.sponsorShareOfAll),
        keyRow('Total', g.count + g.solidarityCount + g.sponsorCount, g.allCents, g.allCents > 0 ? 100 : null),
      ],
      chart: { type: 'horizontal-bar', category: 'label', series: ['cents'] },
    },
    {
      id: 'dons',
      title: `Les dons (${period})`,
      caption: `Dons des donateurs (particuliers et entreprises) aux collectes terminées en ${period}`,
      columns: keyColumns('Part'),
      rows: [
        keyRow('Dons', g.count, g.totalCents, null),
        keyRow('Don moyen', null, g.averageCents, null),
        keyRow('Plus petit don', null, g.minCents, null),
        keyRow('Plus grand don', null, g.maxCents, null),
        keyRow('Dons d’entreprises (part du montant des dons)', g.companyCount, g.companyCents, g.companyShareOfGifts),
        keyRow('Dons d’entreprises (part du nombre de dons)', g.companyCount, null, g.companyShareOfGiftCount),
      ],
      notes: [
        'Un don compte dès que son argent a été reçu, même s’il a ensuite été remboursé ou versé au fonds solidaire après l’échec de la collecte ; il compte pour l’année de fin de sa collecte.',
      ],
    },
    {
      id: 'entreprises',
      title: `Les entreprises donatrices (${period})`,
      caption: `Dons d’entreprises et d’associations aux collectes terminées en ${period}`,
      columns: keyColumns('Part'),
      rows: [
        keyRow('Dons d’entreprises', g.companyCount, g.companyCents, null),
        keyRow('Don moyen d’une entreprise', null, g.companyAverageCents, null),
        keyRow('Plus petit don d’une entreprise', null, g.companyMinCents, null),
        keyRow('Plus grand don d’une entreprise', null, g.companyMaxCents, null),
        keyRow('Collectes ayant reçu au moins un don d’entreprise', g.campaignsWithCompanyGift, null, null),
        keyRow('Entreprises dont l’adresse est connue', g.companyLocated, null, null),
        keyRow('… situées dans le département de l’école', g.companySameDepartment, null, g.companySameDepartmentShare),
        keyRow('… situées dans la commune de l’école', g.companySameCommune, null, g.companySameCommuneShare),
      ],
      notes: [
        'Les parts « même département » et « même commune » portent sur les dons d’entreprises dont le code postal et la commune sont connus (l’historique importé ne les contient pas).',
      ],
    },
  ]
}

export function courteEchelleTable(
  courteEchelle: number,
  completed: number,
  g: GiftFigures,
  period: string,
): StatTable {
  return {
    id: 'courte-echelle',
    title: `Courte Échelle et abondements (${period})`,
    caption: `Projets labellisés Courte Échelle et collectes abondées parmi les collectes terminées en ${period}`,
    columns: keyColumns('Part des collectes terminées'),
    rows: [
      keyRow('Collectes labellisées Courte Échelle', courteEchelle, null, roundedPercent(courteEchelle, completed)),
      keyRow(
        'Collectes abondées par le fonds solidaire',
        g.campaignsWithSolidarityTopUp,
        g.solidarityCents,
        roundedPercent(g.campaignsWithSolidarityTopUp, completed),
      ),
      keyRow(
        'Collectes abondées par un mécène',
        g.campaignsWithSponsorTopUp,
        g.sponsorCents,
        roundedPercent(g.campaignsWithSponsorTopUp, completed),
      ),
    ],
  }
}

/** The top-ups of one programme in a period; `programme` null for the fund's own top-ups, decided by the GIP outside any programme. */
export type ProgrammeTopUps = {
  source: 'solidarity' | 'sponsor'
  programme: string | null
  sponsor: string | null
  campaigns: number
  count: number
  cents: number
}

const topUpOrigin = (p: ProgrammeTopUps) => (p.source === 'solidarity' ? 'Fonds solidaire' : (p.sponsor ?? 'Mécène'))
const topUpProgramme = (p: ProgrammeTopUps) =>
  p.programme ?? (p.source === 'solidarity' ? 'Abondements décidés par le GIP (hors programme)' : 'Sans programme')

/** Top-ups by origin and programme: the fund's first, then the sponsors' by amount, then a total per origin. */
export function topUpsTable(g: GiftFigures, byProgramme: readonly ProgrammeTopUps[], period: string): StatTable {
  const sorted = [...byProgramme].sort(
    (a, b) =>
      Number(b.source === 'solidarity') - Number(a.source === 'solidarity') ||
      b.cents - a.cents ||
      topUpOrigin(a).localeCompare(topUpOrigin(b), 'fr') ||
      topUpProgramme(a).localeCompare(topUpProgramme(b), 'fr'),
  )
  return {
    id: 'abondements',
    title: `Abondements par programme (${period})`,
    caption: `Abondements reçus par les collectes terminées en ${period}, par origine et par programme`,
    columns: [
      col('origin', 'Origine', 'text'),
      col('programme', 'Programme', 'text'),
      col('campaigns', 'Collectes abondées', 'count'),
      col('count', 'Abondements', 'count'),
      col('cents', 'Montant', 'cents'),
    ],
    rows: [
      ...sorted.map((p) => ({
        origin: topUpOrigin(p),
        programme: topUpProgramme(p),
        campaigns: p.campaigns,
        count: p.count,
        cents: p.cents,
      })),
      {
        origin: 'Total',
        programme: 'Fonds solidaire',
        campaigns: g.campaignsWithSolidarityTopUp,
        count: g.solidarityCount,
        cents: g.solidarityCents,
      },
      {
        origin: 'Total',
        programme: 'Mécènes',
        campaigns: g.campaignsWithSponsorTopUp,
        count: g.sponsorCount,
        cents: g.sponsorCents,
      },
    ],
    notes: [
      'Une collecte abondée par plusieurs programmes compte pour chacun d’eux ; dans les totaux, elle compte une fois par origine.',
    ],
  }
}

export function fundTable(f: FundFigures, period: string): StatTable {
  return {
    id: 'fonds-solidaire',
    title: `Le fonds solidaire (${period})`,
    caption: `Entrées et sorties du fonds solidaire en ${period}`,
    columns: [
      col('direction', 'Sens', 'text'),
      col('label', 'Mouvement', 'text'),
      col('count', 'Nombre', 'count'),
      col('cents', 'Montant', 'cents'),
    ],
    rows: [
      ...f.flows
        .filter((r) => r.count > 0 || !r.key.startsWith('other'))
        .map((r) => ({
          direction: r.direction === 'in' ? 'Entrée' : 'Sortie',
          label: r.label,
          count: r.count,
          cents: r.cents,
        })),
      { direction: 'Total', label: 'Entrées', count: null, cents: f.inCents },
      { direction: 'Total', label: 'Sorties', count: null, cents: f.outCents },
      { direction: 'Total', label: 'Solde de la période (entrées − sorties)', count: null, cents: f.netCents },
    ],
    notes: [
      'Les mouvements du portail sont datés par leur écriture au grand livre ; les dons réaffectés sur l’ancienne plateforme, par la fin de leur collecte.',
    ],
  }
}

export function publicationsTable(perMonth: ReadonlyMap<number, number>, year: number, kind: PeriodKind): StatTable {
  return {
    id: 'publications',
    title: `Projets publiés par mois (${periodLabel(year, kind)})`,
    caption: `Projets dont la collecte a ouvert chaque mois de ${kind === 'calendar' ? 'l’année' : 'l’année scolaire'} ${periodLabel(year, kind)}`,
    columns: [col('month', 'Mois', 'text'), col('published', 'Projets publiés', 'count')],
    rows: monthsOf(year, kind).map(({ month, label }) => ({ month: label, published: perMonth.get(month) ?? 0 })),
    chart: { type: 'bar', category: 'month', series: ['published'] },
  }
}

/** The table's header label of a column, with its unit (CSV). */
export const csvHeader = (c: StatColumn) =>
  c.kind === 'cents' ? `${c.label} (€)` : c.kind === 'percent' ? `${c.label} (%)` : c.label

/** Cells for CSV: euros with cents as numbers, percentages as numbers, empty when unknown. */
export function csvRows(table: StatTable): (string | number)[][] {
  return [
    table.columns.map(csvHeader),
    ...table.rows.map((row) =>
      table.columns.map((c) => {
        const v = row[c.key]
        if (v === null || v === undefined) return ''
        return c.kind === 'cents' && typeof v === 'number' ? Math.round(v) / 100 : v
      }),
    ),
  ]
}
