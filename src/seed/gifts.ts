import type { Payload } from 'payload'

import { sqlQuery } from '@/services/db/sql-transaction'
import { DEBIT_VALIDITY_DAYS, TRANSFER_VALIDITY_DAYS } from '@/domain/donations/rules'
import { applyPaymentEvent } from '@/services/donations/apply-payment-event'

const FIRST = [
  'Camille',
  'Léa',
  'Hugo',
  'Chloé',
  'Louis',
  'Inès',
  'Nathan',
  'Manon',
  'Jules',
  'Sarah',
  'Lucas',
  'Emma',
  'Karim',
  'Aïcha',
  'Yanis',
  'Zoé',
]
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'Benali',
  'Nguyen',
]
const COMPANIES = [
  { name: 'Boulangerie du Centre', legalForm: 'SARL', siren: '732829320' },
  { name: 'Garage des Tilleuls', legalForm: 'SAS', siren: '552100554' },
]

const insertGift = (
  payload: Payload,
  values: unknown[],
  status: 'pending' | 'paid',
  method: 'card' | 'sepa_debit' | 'transfer',
  expiresAt: Date | null,
) =>
  // SQL text: demo data only (the seed), written in bulk with generate_series.
  sqlQuery(
    payload,
    `INSERT INTO donations (reference, project_id, amount_cents, status, source, donor_type, identity_first_name, identity_last_name, identity_email, identity_address,
       identity_postcode, identity_city, identity_country, identity_company_name, identity_legal_form, identity_siren, display, hide_amount, wants_receipt, wants_news,
       failure_choice, payment_method, provider, expires_at)
     VALUES ($1, $2, $3, 'pending', 'donor', $4, $5, $6, $7, '1 place de la Mairie', '75001', 'Paris', 'France', $8, $9, $10, $11, $12, true, $13, $14, $15, $16, $17) RETURNING id`,
    [...values, method, method === 'transfer' ? 'transfer' : 'test', expiresAt],
  ).then(async ({ rows }) => {
    if (status === 'paid')
      await applyPaymentEvent(payload, {
        eventId: `demo_${String(values[0])}`,
        provider: 'test',
        type: 'paid',
        donationId: rows[0].id,
      })
  })

const email = (first: string, last: string, tag: string) =>
  `${first}.${last}.${tag}@exemple.org`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')

/**
 * Demo gifts for a project: `donors` paid gifts adding up to `collectedCents`, through the same
 * payment path as real ones (totals and ledger stay consistent). Some anonymous, some with the
 * amount hidden, one in four from a company; one in four chose the solidarity fund should the
 * campaign fail (24 % in 2023), a few have not chosen.
 */
export async function seedGifts(
  payload: Payload,
  projectId: number,
  { collectedCents, donors, seed }: { collectedCents: number; donors: number; seed: number },
): Promise<number> {
  if (!collectedCents || !donors) return 0
  const base = Math.floor(collectedCents / donors / 100) * 100
  for (let i = 0; i < donors; i++) {
    const amount = i === donors - 1 ? collectedCents - base * (donors - 1) : base
    const company = (seed + i) % 4 === 3 ? COMPANIES[(seed + i) % COMPANIES.length] : null
    const first = FIRST[(seed * 7 + i) % FIRST.length]
    const last = LAST[(seed * 3 + i * 5) % LAST.length]
    await insertGift(
      payload,
      [
        `DEMO-${projectId}-${i + 1}`,
        projectId,
        amount,
        company ? 'company' : 'individual',
        first,
        last,
        email(first, last, `${projectId}.${i}`),
        company?.name ?? null,
        company?.legalForm ?? null,
        company?.siren ?? null,
        (seed + i) % 5 === 4 ? 'anonymous' : 'name',
        (seed + i) % 6 === 5,
        i % 2 === 0,
        i % 4 === 3 ? 'solidarity' : i % 7 === 5 ? null : 'refund',
      ],
      'paid',
      'card',
      null,
    )
  }
  return donors
}

/** Gifts on their way: a SEPA debit being collected (14 days) and a bank transfer announced (10 days). */
export async function seedPendingGifts(payload: Payload, projectId: number, now = new Date()): Promise<number> {
  const later = (days: number) => new Date(now.getTime() + days * 86_400_000)
  await insertGift(
    payload,
    [
      `DEMO-${projectId}-SEPA`,
      projectId,
      5_000,
      'individual',
      'Paul',
      'Lambert',
      email('Paul', 'Lambert', String(projectId)),
      null,
      null,
      null,
      'name',
      false,
      true,
      'refund',
    ],
    'pending',
    'sepa_debit',
    later(DEBIT_VALIDITY_DAYS),
  )
  await insertGift(
    payload,
    [
      `DEMO-${projectId}-VIR`,
      projectId,
      15_000,
      'company',
      'Nadia',
      'Haddad',
      email('Nadia', 'Haddad', String(projectId)),
      'Pharmacie des Écoles',
      'SELARL',
      '732829320',
      'name',
      false,
      true,
      'solidarity',
    ],
    'pending',
    'transfer',
    later(TRANSFER_VALIDITY_DAYS),
  )
  return 2
}
