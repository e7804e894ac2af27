import type { Payload } from 'payload'

import { sqlQuery } from '@/services/db/sql-transaction'
import { applyPaymentEvent } from '@/services/donations/apply-payment-event'

const FIRST = ['Camille', 'Léa', 'Hugo', 'Chloé', 'Louis', 'Inès', 'Nathan', 'Manon', 'Jules', 'Sarah', 'Lucas', 'Emma', 'Karim', 'Aïcha', 'Yanis', 'Zoé']
const LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'Benali', 'Nguyen']
const COMPANIES = [
  { name: 'Boulangerie du Centre', legalForm: 'SARL', siren: '732829320' },
  { name: 'Garage des Tilleuls', legalForm: 'SAS', siren: '552100554' },
]

/**
 * Demo gifts for a project: `donors` paid gifts adding up to `collectedCents`, through the same
 * payment path as real ones (totals and ledger stay consistent). Some anonymous, some with the
 * amount hidden, one in four from a company.
 */
export async function seedGifts(payload: Payload, projectId: number, { collectedCents, donors, seed }: { collectedCents: number; donors: number; seed: number }): Promise<number> {
  if (!collectedCents || !donors) return 0
  const base = Math.floor(collectedCents / donors / 100) * 100
  for (let i = 0; i < donors; i++) {
    const amount = i === donors - 1 ? collectedCents - base * (donors - 1) : base
    const company = (seed + i) % 4 === 3 ? COMPANIES[(seed + i) % COMPANIES.length] : null
    const first = FIRST[(seed * 7 + i) % FIRST.length]
    const last = LAST[(seed * 3 + i * 5) % LAST.length]
    const { rows } = await sqlQuery(
      payload,
      `INSERT INTO donations (reference, project_id, amount_cents, status, source, donor_type, identity_first_name, identity_last_name, identity_email, identity_address,
         identity_postcode, identity_city, identity_country, identity_company_name, identity_legal_form, identity_siren, display, hide_amount, wants_receipt, wants_news,
         failure_choice, payment_method, provider)
       VALUES ($1, $2, $3, 'pending', 'donor', $4, $5, $6, $7, '1 place de la Mairie', '75001', 'Paris', 'France', $8, $9, $10, $11, $12, true, $13, $14, 'card', 'test') RETURNING id`,
      [`DEMO-${projectId}-${i + 1}`, projectId, amount, company ? 'company' : 'individual', first, last, `${first}.${last}.${projectId}.${i}@exemple.org`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
        company?.name ?? null, company?.legalForm ?? null, company?.siren ?? null, (seed + i) % 5 === 4 ? 'anonymous' : 'name', (seed + i) % 6 === 5, i % 2 === 0, i % 3 === 2 ? 'solidarity' : 'refund'],
    )
    await applyPaymentEvent(payload, { eventId: `demo_${projectId}_${i + 1}`, provider: 'test', type: 'paid', donationId: rows[0].id })
  }
  return donors
}
