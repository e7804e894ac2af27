/**
 * `npm run import:legacy -- campagnes.csv dons.csv`: imports the former platform's export as history
 * (src/services/history/import-legacy.ts). A progress bar shows the rows done and the rows per second.
 * Exit code: 0 when every row was imported, 1 when some were refused (each listed with its file,
 * line and reason), 2 when a file cannot be read or has the wrong layout (nothing imported).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import cliProgress from 'cli-progress'

import { withPayload } from './lib/runtime'

const USAGE =
  'Usage : npm run import:legacy -- campagnes.csv dons.csv\n' +
  '  Fichiers UTF-8, séparés par « ; », avec une ligne d’en-tête, virgule décimale, dates jj/mm/aaaa.\n' +
  '  campagnes.csv : id;titre;uai;etablissement;niveau;departement;academie;thematiques;type;objectif_minimum;objectif_optimum;date_publication;date_fin;statut;montant_collecte;courte_echelle\n' +
  '  dons.csv : id;campagne_id;date;montant;type_donateur;email_donateur;choix_echec;statut;recu_fiscal'

const [campaignsPath, giftsPath] = process.argv.slice(2)
if (!campaignsPath || !giftsPath) {
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
  { format: '{file} [{bar}] {value}/{total} lignes · {rate} lignes/s', hideCursor: true, clearOnComplete: false, stream: process.stderr },
  cliProgress.Presets.shades_classic,
)
let current = ''
let fileStarted = Date.now()

const report = await withPayload(async (payload) => {
  const { importLegacy } = await import('../src/services/history/import-legacy')
  return importLegacy(payload, files, {
    onProgress: ({ file, done, total }) => {
      if (file !== current) {
        if (current) bar.stop()
        current = file
        fileStarted = Date.now()
        bar.start(total, 0, { file, rate: 0 })
      }
      bar.update(Math.min(done, total), { file, rate: Math.round(done / Math.max((Date.now() - fileStarted) / 1000, 0.001)) })
    },
  })
})
if (current) bar.stop()

const seconds = (Date.now() - started) / 1000
const line = (what: string, t: { created: number; updated: number; unchanged: number; refused: number }) =>
  `${what} : ${t.created} créé(s), ${t.updated} mis à jour, ${t.unchanged} inchangé(s), ${t.refused} refusé(s)`
console.log(line('Campagnes', report.campaigns))
console.log(line('Dons', report.gifts))
console.log(`Établissements créés (UAI et nom seulement, à compléter par npm run import:establishments) : ${report.establishmentsCreated}`)
console.log(`Durée : ${seconds.toFixed(1)} s`)
for (const { file, line: at, reason } of report.problems) console.log(`${file}:${at} : ${reason}`)
process.exit(report.fatal ? 2 : report.problems.length ? 1 : 0)
