/**
 * `npm run import:legacy -- campagnes.csv dons.csv [--dry-run]`: imports the former platform's export
 * as history (src/services/history/import-legacy.ts). A progress bar shows the rows done and the rows
 * per second. Then one summary (src/domain/history/import-summary.ts: counts, each unknown theme or
 * kind once with a proposal), then each refused row with its file, line and reason. `--dry-run`
 * writes nothing and prints what a real run would do.
 * Exit code: 0 when every row was (or would be) imported, 1 when some were refused, 2 when a file
 * cannot be read or has the wrong layout (nothing imported).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import cliProgress from 'cli-progress'

import { importSummaryLines } from '../src/domain/history/import-summary'
import { withPayload } from './lib/runtime'

const USAGE =
  'Usage : npm run import:legacy -- campagnes.csv dons.csv [--dry-run]\n' +
  '  --dry-run : n’enregistre rien ; affiche ce que l’import ferait (créations, mises à jour, refus, libellés inconnus).\n' +
  '  Fichiers UTF-8, séparés par « ; », avec une ligne d’en-tête, virgule décimale, dates jj/mm/aaaa.\n' +
  '  campagnes.csv : id;titre;uai;etablissement;niveau;departement;academie;thematiques;type;objectif_minimum;objectif_optimum;date_publication;date_fin;statut;montant_collecte;courte_echelle\n' +
  '  dons.csv : id;campagne_id;date;montant;type_donateur;email_donateur;choix_echec;statut;recu_fiscal'

const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const paths = args.filter((a) => a !== '--dry-run')
const [campaignsPath, giftsPath] = paths
if (!campaignsPath || !giftsPath || paths.length > 2 || paths.some((p) => p.startsWith('--'))) {
  console.error(USAGE)
  process.exit(2)
}

async function read(file: string) {
  try {
    return { name: path.basename(file), bytes: await readFile(file) }
  } catch (error) {
    console.error(`Impossible de lire ${file} : ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
    process.exit(2)
  }
}

const files = { campaigns: await read(campaignsPath), gifts: await read(giftsPath) }
const started = Date.now()
const bar = new cliProgress.SingleBar(
  {
    format: '{file} [{bar}] {value}/{total} lignes · {rate} lignes/s',
    hideCursor: true,
    clearOnComplete: false,
    stream: process.stderr,
  },
  cliProgress.Presets.shades_classic,
)
let current = ''
let fileStarted = Date.now()

// A dry run writes nothing, not even the schema: it needs a database that `npm run migrate` is done with.
const report = await withPayload(
  async (payload) => {
    if (dryRun) {
      const pending = await (await import('../src/services/db/migrate')).pendingMigrations(payload)
      if (pending.length) {
        console.error(
          `Base de données pas à jour (migrations en attente : ${pending.join(', ')}) : lancez npm run migrate, puis l’import à blanc.`,
        )
        process.exit(2)
      }
    }
    const { importLegacy } = await import('../src/services/history/import-legacy')
    return importLegacy(payload, files, {
      dryRun,
      onProgress: ({ file, done, total }) => {
        if (file !== current) {
          if (current) bar.stop()
          current = file
          fileStarted = Date.now()
          bar.start(total, 0, { file, rate: 0 })
        }
        bar.update(Math.min(done, total), {
          file,
          rate: Math.round(done / Math.max((Date.now() - fileStarted) / 1000, 0.001)),
        })
      },
    })
  },
  { migrate: !dryRun },
)
if (current) bar.stop()

const seconds = (Date.now() - started) / 1000
if (!report.fatal)
  for (const line of importSummaryLines({ ...report, campaignsFile: files.campaigns.name })) console.log(line)
console.log(`Durée : ${seconds.toFixed(1)} s`)
for (const { file, line: at, reason } of report.problems) console.log(`${file}:${at} : ${reason}`)
process.exit(report.fatal ? 2 : report.problems.length ? 1 : 0)
