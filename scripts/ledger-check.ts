/**
 * `npm run ledger:check`: verifies the money's invariants on the whole database (per project,
 * totals = paid gifts and a settled account at zero; each gift moved once; payouts = ledger; the
 * solidarity fund never negative). Exits 1 with the first imbalance found, 0 when all hold.
 */
import { withPayload } from './lib/runtime'

const problems = await withPayload(
  async (payload) => (await import('../src/services/donations/ledger-check')).checkPayloadLedger(payload),
  { migrate: false },
)
if (problems.length) {
  console.error(
    `Grand livre : déséquilibre. ${problems[0]}${problems.length > 1 ? ` (et ${problems.length - 1} autre${problems.length > 2 ? 's' : ''})` : ''}`,
  )
  process.exit(1)
}
console.log('Grand livre : équilibré (totaux des projets, mouvements de chaque don, versements, fonds solidaire).')
process.exit(0)
