/**
 * `npm run retention -- [--dry-run]`: applies the legal retention periods now, as the daily
 * `applyRetention` job does (src/services/retention/apply-retention.ts): erased donors' identities
 * on gifts past the accounting retention (10 years) anonymised, receipts' PDFs past their retention
 * (6 years after their year) deleted. `--dry-run` lists what would be done and writes nothing.
 * Exit code 1 when a PDF could not be deleted (retried next run), 2 on an unknown option.
 */
import { withPayload } from './lib/runtime'

const args = process.argv.slice(2)
const unknown = args.filter((arg) => arg !== '--dry-run')
if (unknown.length) {
  console.error(`Option inconnue : ${unknown.join(' ')}. Usage : npm run retention -- [--dry-run]`)
  process.exit(2)
}
const dryRun = args.includes('--dry-run')

const report = await withPayload(
  async (payload) => (await import('../src/services/retention/apply-retention')).applyRetention(payload, { dryRun }),
  { migrate: false },
)

const verb = dryRun ? 'à anonymiser' : 'anonymisées'
console.log(
  dryRun ? 'Conservation des données : simulation, rien n’est modifié.' : 'Conservation des données : appliquée.',
)
console.log(
  `Identités de donateurs effacés ${verb} (fin de la conservation comptable, 10 ans) : ${report.giftIdentities.length}`,
)
for (const gift of report.giftIdentities)
  console.log(`  ${gift.reference} (don du ${gift.giftDate.slice(0, 10)}, conservé jusqu’au ${gift.keptUntil})`)
console.log(
  `PDF de reçus fiscaux ${dryRun ? 'à supprimer' : 'supprimés'} (6 ans après leur année) : ${report.receiptFiles.length - report.failed.length}`,
)
for (const receipt of report.receiptFiles)
  if (!report.failed.includes(receipt.number))
    console.log(`  ${receipt.number} (conservé jusqu’au ${receipt.keptUntil})`)
if (report.failed.length) {
  console.error(`PDF non supprimés, nouvel essai au prochain passage : ${report.failed.join(', ')}`)
  process.exit(1)
}
process.exit(0)
