import { isUtf8 } from 'node:buffer'

import { type CsvError, type Info, parse } from 'csv-parse'
import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

import { type Tally, type UnknownLabelSummary, summariseUnknownLabels } from '@/domain/history/import-summary'
import {
  CAMPAIGN_COLUMNS,
  GIFT_COLUMNS,
  type LegacyCampaign,
  type LegacyGift,
  type LegacyReference,
  type UnknownLabel,
  checkHeader,
  legacyReference,
  parseCampaignRow,
  parseGiftRow,
} from '@/domain/history/legacy-rows'
import type { CampaignOutcome } from '@/domain/statistics/campaigns'
import { slugify } from '@/domain/text/slugify'
import { inSqlTransaction, sqlQuery } from '@/services/db/sql-transaction'

/**
 * `npm run import:legacy -- campagnes.csv dons.csv` (issue 9): the former platform's export becomes
 * history. Campaigns are `archived` projects marked `imported` with the outcome the former platform
 * recorded; gifts are marked `imported`, with the provider `legacy`. Nothing here queues a job or an
 * e-mail, no ledger row is written (the ledger records the money this portal moved), and the jobs
 * leave imported rows alone (receipts: `issueDueReceipts` and `decideReceipt` skip them).
 *
 * - Both files are checked first (UTF-8, `;` separator, every column present): a file that fails
 *   stops everything before anything is written.
 * - Each row is checked on its own (src/domain/history/legacy-rows.ts); a refused row is reported
 *   with its file, line and reason, and the others are imported.
 * - Rows are written in batches, each in one transaction: a row is written whole or not at all. If
 *   the database refuses a batch, its rows are retried one by one and only the guilty one is refused.
 * - Keyed by the former platform's ids (`legacy_id`, unique) and schools by UAI: a second run updates
 *   what changed and duplicates nothing. Unknown schools are created from the UAI and the name (kind
 *   guessed from the level, sector public, commune empty: the national directory import completes them).
 * - Themes and kinds are matched by name, slug or the alternative labels admins give them (issue 15,
 *   src/domain/history/legacy-labels.ts); each unknown one is summarised once, with a proposal.
 * - `dryRun`: the same checks and counts, read-only: nothing is written, not even a school. Rows the
 *   database itself would refuse (rare: a constraint the checks do not know) show only in a real run.
 */

export type LegacyFile = { name: string; bytes: Buffer }
export type ImportProblem = { file: string; line: number; reason: string }
export type { Tally } from '@/domain/history/import-summary'
export type LegacyImportReport = {
  /** Nothing was written: the counts say what a real run would do. */
  dryRun: boolean
  /** A whole file was refused (encoding, separator, columns): nothing was imported. */
  fatal: boolean
  campaigns: Tally
  gifts: Tally
  /** Created, or with `dryRun` to be created. */
  establishmentsCreated: number
  /** Each unknown theme or kind once (the rows that carry one are refused and in `problems` too). */
  unknownLabels: UnknownLabelSummary[]
  problems: ImportProblem[]
}
export type ImportProgress = { file: string; done: number; total: number }

const BATCH = 2000

const tally = (): Tally => ({ created: 0, updated: 0, unchanged: 0, refused: 0 })

/** The file's text, or why it cannot be read as UTF-8. */
function decode(file: LegacyFile): { text: string } | { problem: ImportProblem } {
  const { bytes, name } = file
  const fatal = (line: number, reason: string) => ({
    problem: { file: name, line, reason: `${reason} ; rien n’a été importé` },
  })
  if (bytes.length === 0) return fatal(1, 'fichier vide : une ligne d’en-tête est attendue')
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return fatal(1, 'fichier encodé en UTF-16 : enregistrez-le en UTF-8')
  if (!isUtf8(bytes)) {
    let line = 1
    let start = 0
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        if (!isUtf8(bytes.subarray(start, i))) break
        line++
        start = i + 1
      }
    }
    return fatal(
      line,
      `fichier non encodé en UTF-8 (caractères illisibles ligne ${line}, export Windows-1252 ou Latin-1 ?) : enregistrez-le en UTF-8`,
    )
  }
  return { text: bytes.toString('utf8') }
}

/** csv-parse counts the line a record ends on; a quoted value may span several lines. */
const startLine = (record: string[], info: Info) =>
  info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0)

const countLines = (text: string) => {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return text.endsWith('\n') ? n : n + 1
}

type Checked = { file: LegacyFile; text: string; index: Record<string, number>; total: number }

function checkFile(file: LegacyFile, columns: readonly string[]): Checked | ImportProblem {
  const decoded = decode(file)
  if ('problem' in decoded) return decoded.problem
  const firstLine = decoded.text
    .slice(0, (decoded.text.indexOf('\n') + 1 || decoded.text.length + 1) - 1)
    .replace(/^\uFEFF/, '')
    .replace(/\r$/, '')
  const header = checkHeader(firstLine.split(';'), columns)
  if (!header.ok) return { file: file.name, line: 1, reason: `${header.reason} ; rien n’a été importé` }
  return { file, text: decoded.text, index: header.index, total: Math.max(countLines(decoded.text) - 1, 0) }
}

/** Every data row of a checked file, with its line, in batches; malformed CSV lines are reported and skipped. */
async function* rowBatches(
  checked: Checked,
  problems: ImportProblem[],
): AsyncGenerator<{ line: number; cell: (column: string) => string; width: number }[]> {
  const parser = parse(checked.text, {
    delimiter: ';',
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
  })
  parser.on('skip', (error: CsvError) =>
    problems.push({
      file: checked.file.name,
      line: Number(error.lines) || 0,
      reason: `ligne CSV illisible : ${error.message}`,
    }),
  )
  const expected = Object.keys(checked.index).length
  let batch: { line: number; cell: (column: string) => string; width: number }[] = []
  let first = true
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
    if (first) {
      first = false
      continue
    }
    const line = startLine(record, info)
    if (record.length < expected) {
      problems.push({
        file: checked.file.name,
        line,
        reason: `${record.length} colonne${record.length > 1 ? 's' : ''} au lieu de ${expected} (séparateur « ; » attendu, valeurs contenant « ; » entre guillemets)`,
      })
      continue
    }
    batch.push({ line, width: record.length, cell: (column) => record[checked.index[column]] ?? '' })
    if (batch.length >= BATCH) {
      yield batch
      batch = []
    }
  }
  if (batch.length) yield batch
}

async function loadReference(payload: Payload): Promise<LegacyReference> {
  const [departments, academies, themes, labels] = await Promise.all([
    // SQL text: the legacy import, set-based (INSERT … SELECT from the uploaded rows, ANALYZE) over thousands of rows.
    sqlQuery(
      payload,
      `SELECT d.id, d.code, d.name, a.code AS academy_code FROM departments d JOIN academies a ON a.id = d.academy_id`,
    ),
    // SQL text: the legacy import, set-based (INSERT … SELECT from the uploaded rows, ANALYZE) over thousands of rows.
    sqlQuery(payload, `SELECT code, name FROM academies`),
    payload.find({ collection: 'themes', pagination: false, depth: 0, sort: 'id' }),
    payload.findGlobal({ slug: 'legacy-import-labels', depth: 0 }),
  ])
  return legacyReference({
    departments: departments.rows.map((d) => ({ id: d.id, code: d.code, name: d.name, academyCode: d.academy_code })),
    academies: academies.rows.map((a) => ({ code: a.code, name: a.name })),
    themes: themes.docs.map((t) => ({
      id: t.id,
      name: t.name,
      slug: t.slug ?? '',
      alternativeLabels: (t.alternativeLabels ?? []).map((a) => a.label),
    })),
    kindLabels: (labels.kinds ?? []).map(({ kind, label }) => ({ kind, label })),
  })
}

const KIND_OF_LEVEL = { ecole: 'ecole_primaire', college: 'college', lycee: 'lycee_gt' } as const

/**
 * A batch of campaigns as `projects` columns (`u`), for the write and for the dry run alike;
 * `establishment_id` is null for a school not created yet.
 */
// SQL text: the legacy import, set-based (INSERT … SELECT from the uploaded rows, ANALYZE) over thousands of rows.
const CAMPAIGN_ROWS = `
  SELECT u.legacy_id, u.title, u.slug, u.uai, e.id AS establishment_id, u.level::enum_projects_level AS level, u.kind::enum_projects_kind AS kind,
         u.minimum AS minimum_goal_cents, u.optimum AS optimum_goal_cents, u.start_date, u.end_date, u.outcome::enum_projects_legacy_outcome AS legacy_outcome,
         u.collected AS collected_cents, u.courte_echelle
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::numeric[], $7::numeric[], $8::text[], $9::text[], $10::text[], $11::numeric[], $12::boolean[], $13::text[])
    AS u(legacy_id, title, slug, level, kind, minimum, optimum, start_date, end_date, outcome, collected, courte_echelle, uai)
  LEFT JOIN establishments e ON e.uai = u.uai`
/** What a run sets on an imported campaign: it is `updated` when one of them differs. */
const CAMPAIGN_FIELDS = [
  'title',
  'establishment_id',
  'level',
  'kind',
  'minimum_goal_cents',
  'optimum_goal_cents',
  'start_date',
  'end_date',
  'legacy_outcome',
  'collected_cents',
  'courte_echelle',
]
/** `(status, imported, fields…)` of a row: an imported campaign is archived history. */
const campaignState = (row: string) =>
  `(${row}.status, ${row}.imported, ${CAMPAIGN_FIELDS.map((f) => `${row}.${f}`).join(', ')})`
const IMPORTED_CAMPAIGN = `('archived'::enum_projects_status, true, ${CAMPAIGN_FIELDS.map((f) => `u.${f}`).join(', ')})`

const campaignParams = (rows: LegacyCampaign[]) => {
  const col = <K extends keyof LegacyCampaign>(key: K) => rows.map((r) => r[key])
  return [
    col('legacyId'),
    col('title'),
    rows.map((r) => `${slugify(r.title).slice(0, 60).replace(/-+$/, '')}-ancien-${slugify(r.legacyId)}`),
    col('level'),
    col('kind'),
    col('minimumGoalCents'),
    col('optimumGoalCents'),
    col('startDate'),
    col('endDate'),
    col('outcome'),
    col('collectedCents'),
    col('courteEchelle'),
    col('uai'),
  ]
}

type BatchResult = { created: number; updated: number; establishments: number }

/** Writes one batch of campaigns in `db`'s transaction. */
async function writeCampaigns(db: PoolClient, rows: LegacyCampaign[]): Promise<BatchResult> {
  const schools = new Map<string, LegacyCampaign>()
  for (const row of rows) if (!schools.has(row.uai)) schools.set(row.uai, row)
  // SQL text: the legacy import, set-based (INSERT … SELECT from the uploaded rows, ANALYZE) over thousands of rows.
  const newSchools = await db.query(
    `INSERT INTO establishments (uai, name, kind, sector, commune, department_id, priority_education, isolated_rural)
     SELECT u.uai, u.name, u.kind::enum_establishments_kind, 'public', '', u.department_id, 'none', false
     FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS u(uai, name, kind, department_id)
     ON CONFLICT (uai) DO NOTHING RETURNING id`,
    [
      [...schools.keys()],
      [...schools.values()].map((s) => s.establishmentName),
      [...schools.values()].map((s) => KIND_OF_LEVEL[s.level]),
      [...schools.values()].map((s) => s.departmentId),
    ],
  )
  const col = <K extends keyof LegacyCampaign>(key: K) => rows.map((r) => r[key])
  // SQL text: the legacy import, set-based (INSERT … SELECT from the uploaded rows, ANALYZE) over thousands of rows.
  const written = await db.query(
    `WITH u AS (${CAMPAIGN_ROWS})
     INSERT INTO projects (legacy_id, slug, stop_at_optimum, donor_count, created_at, updated_at, status, imported, ${CAMPAIGN_FIELDS.join(', ')})
     SELECT u.legacy_id, u.slug, false, 0, (u.start_date || ' 12:00')::timestamp AT TIME ZONE 'Europe/Paris', now(), 'archived', true, ${CAMPAIGN_FIELDS.map((f) => `u.${f}`).join(', ')}
     FROM u WHERE u.establishment_id IS NOT NULL
     ON CONFLICT (legacy_id) DO UPDATE SET
       ${CAMPAIGN_FIELDS.map((f) => `${f} = excluded.${f}`).join(', ')}, status = 'archived', imported = true, updated_at = now()
     WHERE ${campaignState('projects')} IS DISTINCT FROM ${campaignState('excluded')}
     RETURNING (xmax = 0) AS created`,
    campaignParams(rows),
  )
  // Themes: the campaign's list as in the file (rewritten, so a theme removed there goes here too).
  // SQL text: the legacy import, set-based (INSERT … SELECT from the uploaded rows, ANALYZE) over thousands of rows.
  await db.query(
    `WITH p AS (SELECT id, legacy_id FROM projects WHERE legacy_id = ANY($1::text[]))
     , gone AS (DELETE FROM projects_rels r USING p WHERE r.parent_id = p.id AND r.path = 'themes')
     INSERT INTO projects_rels (parent_id, path, themes_id, "order")
     SELECT p.id, 'themes', t.theme_id, t.ord FROM unnest($2::text[], $3::int[], $4::int[]) AS t(legacy_id, theme_id, ord) JOIN p ON p.legacy_id = t.legacy_id`,
    [
      col('legacyId'),
      rows.flatMap((r) => r.themeIds.map(() => r.legacyId)),
      rows.flatMap((r) => r.themeIds),
      rows.flatMap((r) => r.themeIds.map((_, i) => i + 1)),
    ],
  )
  const created = written.rows.filter((r) => r.created).length
  return { created, updated: written.rows.length - created, establishments: newSchools.rowCount ?? 0 }
}

/** Dry run: what `writeCampaigns` would do to one batch, read only; `newSchools` gathers the UAIs to create across batches. */
async function previewCampaigns(
  payload: Payload,
  rows: LegacyCampaign[],
  newSchools: Set<string>,
): Promise<BatchResult> {
  // SQL text: the legacy import, set-based (INSERT … SELECT from the uploaded rows, ANALYZE) over thousands of rows.
  const { rows: preview } = await sqlQuery(
    payload,
    `WITH u AS (${CAMPAIGN_ROWS})
     SELECT u.uai, u.establishment_id IS NULL AS new_school, p.id IS NULL AS created,
            p.id IS NOT NULL AND ${campaignState('p')} IS DISTINCT FROM ${IMPORTED_CAMPAIGN} AS updated
     FROM u LEFT JOIN projects p ON p.legacy_id = u.legacy_id`,
    campaignParams(rows),
  )
  const before = newSchools.size
  for (const r of preview) if (r.new_school) newSchools.add(r.uai)
  return {
    created: preview.filter((r) => r.created).length,
    updated: preview.filter((r) => r.updated).length,
    establishments: newSchools.size - before,
  }
}

/** An imported campaign, for its gifts: `id` is null in a dry run for a campaign not created yet. */
type Campaign = { id: number | null; outcome: CampaignOutcome; endDate: string }

/** A batch of gifts as `donations` columns (`u`), for the write and for the dry run alike. */
// SQL text: the legacy import, set-based (INSERT … SELECT from the uploaded rows, ANALYZE) over thousands of rows.
const GIFT_ROWS = `
  SELECT u.legacy_id, u.project_id, u.amount AS amount_cents, u.status::enum_donations_status AS status, u.donor_type::enum_donations_donor_type AS donor_type,
         u.email AS identity_email, u.choice::enum_donations_failure_choice AS failure_choice, u.receipt AS wants_receipt,
         (u.date || ' 12:00')::timestamp AT TIME ZONE 'Europe/Paris' AS paid_at,
         CASE WHEN u.status <> 'paid' THEN (u.end_date || ' 12:00')::timestamp AT TIME ZONE 'Europe/Paris' END AS settled_at
  FROM unnest($1::text[], $2::int[], $3::numeric[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::text[], $10::text[])
    AS u(legacy_id, project_id, amount, status, donor_type, email, choice, receipt, date, end_date)`
/** What a run sets on an imported gift: it is `updated` when one of them differs. */
const GIFT_FIELDS = [
  'project_id',
  'amount_cents',
  'status',
  'donor_type',
  'identity_email',
  'failure_choice',
  'wants_receipt',
  'paid_at',
  'settled_at',
]
const giftState = (row: string) => `(${row}.imported, ${GIFT_FIELDS.map((f) => `${row}.${f}`).join(', ')})`

const giftParams = (rows: LegacyGift[], campaigns: ReadonlyMap<string, Campaign>) => {
  const col = <K extends keyof LegacyGift>(key: K) => rows.map((r) => r[key])
  return [
    col('legacyId'),
    rows.map((r) => campaigns.get(r.campaignLegacyId)!.id),
    col('amountCents'),
    col('status'),
    col('donorType'),
    col('email'),
    col('failureChoice'),
    col('wantsReceipt'),
    col('date'),
    rows.map((r) => campaigns.get(r.campaignLegacyId)!.endDate),
  ]
}

/** Writes one batch of gifts in `db`'s transaction. */
async function writeGifts(
  db: PoolClient,
  rows: LegacyGift[],
  campaigns: ReadonlyMap<string, Campaign>,
): Promise<BatchResult> {
  // SQL text: the legacy import, set-based (INSERT … SELECT from the uploaded rows, ANALYZE) over thousands of rows.
  const written = await db.query(
    `WITH u AS (${GIFT_ROWS})
     INSERT INTO donations (legacy_id, reference, source, wants_news, payment_method, provider, display, hide_amount, overflow, awaiting_approval, imported, created_at, updated_at,
                            ${GIFT_FIELDS.join(', ')})
     SELECT u.legacy_id, 'ANC-' || u.legacy_id, 'donor', false, 'legacy', 'legacy', 'anonymous', false, false, false, true, u.paid_at, now(), ${GIFT_FIELDS.map((f) => `u.${f}`).join(', ')}
     FROM u
     ON CONFLICT (legacy_id) DO UPDATE SET
       ${GIFT_FIELDS.map((f) => `${f} = excluded.${f}`).join(', ')}, created_at = excluded.created_at, imported = true, updated_at = now()
     WHERE ${giftState('donations')} IS DISTINCT FROM ${giftState('excluded')}
     RETURNING (xmax = 0) AS created`,
    giftParams(rows, campaigns),
  )
  const created = written.rows.filter((r) => r.created).length
  return { created, updated: written.rows.length - created, establishments: 0 }
}

/** Dry run: what `writeGifts` would do to one batch, read only. */
async function previewGifts(
  payload: Payload,
  rows: LegacyGift[],
  campaigns: ReadonlyMap<string, Campaign>,
): Promise<BatchResult> {
  // SQL text: the legacy import, set-based (INSERT … SELECT from the uploaded rows, ANALYZE) over thousands of rows.
  const { rows: preview } = await sqlQuery(
    payload,
    `WITH u AS (${GIFT_ROWS})
     SELECT d.id IS NULL AS created, d.id IS NOT NULL AND ${giftState('d')} IS DISTINCT FROM (true, ${GIFT_FIELDS.map((f) => `u.${f}`).join(', ')}) AS updated
     FROM u LEFT JOIN donations d ON d.legacy_id = u.legacy_id`,
    giftParams(rows, campaigns),
  )
  return {
    created: preview.filter((r) => r.created).length,
    updated: preview.filter((r) => r.updated).length,
    establishments: 0,
  }
}

/**
 * Writes a batch in one transaction; if the database refuses it, each row alone, so that only the
 * rows it refuses are reported (with the database's reason) and the others are written.
 */
async function writeBatch<T extends { line: number }, R extends Record<string, number>>(
  payload: Payload,
  rows: T[],
  write: (db: PoolClient, rows: T[]) => Promise<R>,
  refuse: (row: T, reason: string) => void,
): Promise<R[]> {
  try {
    return [await inSqlTransaction(payload, (db) => write(db, rows))]
  } catch (error) {
    if (rows.length === 1) {
      refuse(
        rows[0],
        `enregistrement refusé par la base de données : ${error instanceof Error ? error.message : String(error)}`,
      )
      return []
    }
    const results: R[] = []
    for (const row of rows) results.push(...(await writeBatch(payload, [row], write, refuse)))
    return results
  }
}

export async function importLegacy(
  payload: Payload,
  files: { campaigns: LegacyFile; gifts: LegacyFile },
  { onProgress, dryRun = false }: { onProgress?: (progress: ImportProgress) => void; dryRun?: boolean } = {},
): Promise<LegacyImportReport> {
  const report: LegacyImportReport = {
    dryRun,
    fatal: false,
    campaigns: tally(),
    gifts: tally(),
    establishmentsCreated: 0,
    unknownLabels: [],
    problems: [],
  }
  const campaignsFile = checkFile(files.campaigns, CAMPAIGN_COLUMNS)
  const giftsFile = checkFile(files.gifts, GIFT_COLUMNS)
  for (const checked of [campaignsFile, giftsFile]) if ('reason' in checked) report.problems.push(checked)
  if ('reason' in campaignsFile || 'reason' in giftsFile) {
    report.fatal = true
    return report
  }

  // Campaigns.
  const reference = await loadReference(payload)
  const refusedCampaigns = new Map<string, number>()
  const seenCampaigns = new Map<string, number>()
  const unknownLabels: (UnknownLabel & { line: number })[] = []
  /** Dry run: the file's campaigns, which the gifts' checks see as a real run's would be. */
  const previewed = new Map<string, Omit<Campaign, 'id'>>()
  const newSchools = new Set<string>()
  const campaignProblem = (line: number, reason: string) => {
    report.problems.push({ file: campaignsFile.file.name, line, reason })
    report.campaigns.refused++
  }
  let done = 0
  for await (const batch of rowBatches(campaignsFile, report.problems)) {
    const valid: (LegacyCampaign & { line: number })[] = []
    for (const { line, cell } of batch) {
      const parsed = parseCampaignRow(cell, reference)
      const id = cell('id').trim()
      const earlier = seenCampaigns.get(id)
      if (parsed.ok && earlier !== undefined) {
        campaignProblem(line, `identifiant « ${id} » en double : déjà ligne ${earlier}`)
        continue
      }
      if (!parsed.ok) {
        if (id && earlier === undefined) refusedCampaigns.set(id, line)
        for (const unknown of parsed.unknownLabels) unknownLabels.push({ ...unknown, line })
        campaignProblem(line, parsed.reason)
        continue
      }
      seenCampaigns.set(id, line)
      valid.push({ ...parsed.value, line })
    }
    let refusedByDatabase = 0
    const results = dryRun
      ? [await previewCampaigns(payload, valid, newSchools)]
      : await writeBatch(payload, valid, writeCampaigns, (row, reason) => {
          refusedByDatabase++
          refusedCampaigns.set(row.legacyId, row.line)
          campaignProblem(row.line, reason)
        })
    for (const result of results) {
      report.campaigns.created += result.created
      report.campaigns.updated += result.updated
      report.campaigns.unchanged -= result.created + result.updated
      report.establishmentsCreated += result.establishments
    }
    report.campaigns.unchanged += valid.length - refusedByDatabase
    if (dryRun) for (const c of valid) previewed.set(c.legacyId, { outcome: c.outcome, endDate: c.endDate })
    done += batch.length
    onProgress?.({ file: campaignsFile.file.name, done, total: campaignsFile.total })
  }
  report.unknownLabels = summariseUnknownLabels(unknownLabels, reference)

  // Gifts: their campaign is one imported now or by an earlier run.
  // SQL text: the legacy import, set-based (INSERT … SELECT from the uploaded rows, ANALYZE) over thousands of rows.
  const { rows: known } = await sqlQuery(
    payload,
    `SELECT id, legacy_id, legacy_outcome, end_date FROM projects WHERE imported AND legacy_id IS NOT NULL`,
  )
  const campaigns = new Map<string, Campaign>(
    known.map((r) => [r.legacy_id, { id: r.id, outcome: r.legacy_outcome, endDate: r.end_date }]),
  )
  for (const [legacyId, c] of previewed) campaigns.set(legacyId, { id: campaigns.get(legacyId)?.id ?? null, ...c })
  const seenGifts = new Map<string, number>()
  const giftProblem = (line: number, reason: string) => {
    report.problems.push({ file: giftsFile.file.name, line, reason })
    report.gifts.refused++
  }
  done = 0
  for await (const batch of rowBatches(giftsFile, report.problems)) {
    const valid: (LegacyGift & { line: number })[] = []
    for (const { line, cell } of batch) {
      const campaignId = cell('campagne_id').trim()
      const campaign = campaigns.get(campaignId)
      const refusedAt = refusedCampaigns.get(campaignId)
      if (!campaign && refusedAt !== undefined) {
        giftProblem(
          line,
          `campagne « ${campaignId} » refusée (${campaignsFile.file.name}, ligne ${refusedAt}) : le don n’est pas importé`,
        )
        continue
      }
      const parsed = parseGiftRow(cell, campaign?.outcome ?? null)
      const id = cell('id').trim()
      const earlier = seenGifts.get(id)
      if (!parsed.ok) giftProblem(line, parsed.reason)
      else if (earlier !== undefined) giftProblem(line, `identifiant « ${id} » en double : déjà ligne ${earlier}`)
      else {
        seenGifts.set(id, line)
        valid.push({ ...parsed.value, line })
      }
    }
    let refusedByDatabase = 0
    const results = dryRun
      ? [await previewGifts(payload, valid, campaigns)]
      : await writeBatch(
          payload,
          valid,
          (db, rows) => writeGifts(db, rows, campaigns),
          (row, reason) => {
            refusedByDatabase++
            giftProblem(row.line, reason)
          },
        )
    for (const result of results) {
      report.gifts.created += result.created
      report.gifts.updated += result.updated
      report.gifts.unchanged -= result.created + result.updated
    }
    report.gifts.unchanged += valid.length - refusedByDatabase
    done += batch.length
    onProgress?.({ file: giftsFile.file.name, done, total: giftsFile.total })
  }
  report.problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file === campaignsFile.file.name ? -1 : 1))
  if (dryRun) return report

  // Each imported campaign's donor count: its imported donors' gifts, as the portal counts its own.
  // SQL text: the legacy import, set-based (INSERT … SELECT from the uploaded rows, ANALYZE) over thousands of rows.
  await sqlQuery(
    payload,
    `UPDATE projects p SET donor_count = g.n FROM (
       SELECT p2.id, count(d.id) FILTER (WHERE d.status IN ('paid', 'refunded', 'reallocated') AND d.source = 'donor') AS n
       FROM projects p2 LEFT JOIN donations d ON d.project_id = p2.id WHERE p2.imported GROUP BY p2.id) g
     WHERE p.id = g.id AND p.donor_count IS DISTINCT FROM g.n`,
  )
  // Fresh planner statistics after a bulk load, so that the dashboard's queries keep their plans.
  // SQL text: the legacy import, set-based (INSERT … SELECT from the uploaded rows, ANALYZE) over thousands of rows.
  await sqlQuery(payload, 'ANALYZE projects, donations, establishments, projects_rels')
  return report
}
