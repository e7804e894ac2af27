/**
 * `npm run import:establishments -- FILE.csv`: imports the "Annuaire de l'éducation" (CSV export of the
 * data.education.gouv.fr dataset `fr-en-annuaire-education`) into `establishments`. Running it again
 * updates the establishments already imported. Exit code: 0 when every line was imported, 1 when some
 * were refused (listed), 2 when the file cannot be read.
 */
import { readFile } from 'node:fs/promises'

import { withPayload } from './lib/runtime'

const USAGE =
  'Usage : npm run import:establishments -- FICHIER.csv\n' +
  '  FICHIER.csv : export CSV (séparateur « ; ») de l’Annuaire de l’éducation, jeu « fr-en-annuaire-education ».'

const file = process.argv[2]
if (!file) {
  console.error(USAGE)
  process.exit(2)
}

let csvText: string
try {
  csvText = await readFile(file, 'utf8')
} catch (error) {
  console.error(`Impossible de lire ${file} : ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
  process.exit(2)
}

const report = await withPayload(async (payload) => {
  const { importDirectory } = await import('../src/services/establishments/import-directory')
  return importDirectory(payload, csvText, {
    onProgress: (done, total) => console.error(`Établissements : ${done}/${total} lignes traitées`),
  })
})

console.log(
  `Établissements : ${report.created} créés, ${report.updated} mis à jour, ${report.unchanged} inchangés, ` +
    `${report.errors.length} lignes refusées`,
)
for (const { line, reason } of report.errors) console.log(`ligne ${line} : ${reason}`)
process.exit(report.errors.length === 0 ? 0 : 1)
