import { describe, expect, it } from 'vitest'

import { buildPersonalData, personalDataFileName } from './personal-data'

const now = new Date('2026-11-27T10:00:00.000Z')
const user = {
  id: 7,
  email: 'damien@exemple.fr',
  firstName: 'Damien',
  lastName: 'Martin',
  roles: ['donor'],
  _verified: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  // What the database also holds, and the file must not.
  hash: 'abc123',
  salt: 'def456',
  sessions: [{ id: 'sid', expiresAt: '2026-12-01T00:00:00.000Z' }],
  resetPasswordToken: 'jeton-secret',
  _verificationToken: 'autre-jeton',
  loginAttempts: 2,
}

describe('buildPersonalData', () => {
  it('keeps the account’s own fields and nothing secret', () => {
    const data = buildPersonalData({ account: user, gifts: [], followedProjects: [], now })
    expect(data.account).toEqual({
      id: 7,
      email: 'damien@exemple.fr',
      firstName: 'Damien',
      lastName: 'Martin',
      roles: ['donor'],
      emailVerified: true,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    })
    expect(JSON.stringify(data)).not.toMatch(/abc123|def456|jeton|sid|loginAttempts/)
    expect(data).not.toHaveProperty('projects')
    expect(data.exportedAt).toBe(now.toISOString())
  })

  it('keeps only the listed project fields, and history without the staff member’s account', () => {
    const project = {
      id: 3,
      title: 'Classe de mer',
      slug: 'classe-de-mer-3',
      status: 'draft',
      summary: 'Une semaine à la mer.',
      schoolHead: { name: 'M. Dupont', email: 'ce.0950001a@ac-versailles.fr' },
      schoolValidation: { nonce: 'nonce-secret' },
      history: [
        {
          from: 'draft',
          to: 'submitted',
          at: '2026-03-01T00:00:00.000Z',
          actor: 'moderator',
          actorUser: 99,
          comment: 'Merci',
          id: 'h1',
        },
      ],
    }
    const data = buildPersonalData({ account: user, gifts: [], followedProjects: [], projects: [project], now })
    expect(data.projects).toEqual([
      {
        id: 3,
        title: 'Classe de mer',
        slug: 'classe-de-mer-3',
        status: 'draft',
        summary: 'Une semaine à la mer.',
        history: [
          { from: 'draft', to: 'submitted', at: '2026-03-01T00:00:00.000Z', actor: 'moderator', comment: 'Merci' },
        ],
      },
    ])
    expect(data.projectNews).toEqual([])
    expect(JSON.stringify(data)).not.toMatch(/Dupont|nonce-secret|actorUser/)
  })

  it('lists the tax receipts as issued, the donor’s details from the listed fields only', () => {
    const receipt = {
      number: 'OCCE95-2026-000001',
      status: 'live',
      form: 'cerfa_11580',
      issuedAt: '2026-06-01T10:00:00.000Z',
      issuer: 'OCCE 95',
      gift: 'DON-ABC',
      amountCents: 2_000,
      replaces: null,
      replacedBy: null,
    }
    const data = buildPersonalData({
      account: user,
      gifts: [],
      followedProjects: [],
      now,
      taxReceipts: [{ ...receipt, donor: { lastName: 'Martin', address: '3 rue des Lilas', id: 'x' } as never }],
    })
    expect(data.taxReceipts).toEqual([
      {
        ...receipt,
        donor: {
          firstName: null,
          lastName: 'Martin',
          companyName: null,
          legalForm: null,
          siren: null,
          address: '3 rue des Lilas',
          postcode: null,
          city: null,
          country: null,
        },
      },
    ])
    expect(buildPersonalData({ account: user, gifts: [], followedProjects: [], now }).taxReceipts).toEqual([])
  })

  it('names the file by date', () => expect(personalDataFileName(now)).toBe('mes-donnees-2026-11-27.json'))
})
