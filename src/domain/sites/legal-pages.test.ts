import { describe, expect, it } from 'vitest'

import {
  type AccessibilityDeclaration,
  conformityStatus,
  declarationProblems,
  legalNoticeProblems,
} from './legal-pages'

describe('conformityStatus', () => {
  it.each([
    [100, '2026-10-01', 'totalement conforme'],
    [99.5, '2026-10-01', 'partiellement conforme'],
    [50, '2026-10-01', 'partiellement conforme'],
    [49.9, '2026-10-01', 'non conforme'],
    [0, '2026-10-01', 'non conforme'],
    [100, null, 'non conforme'],
    [null, '2026-10-01', 'non conforme'],
  ])('%s %% audited on %s → %s', (rate, date, expected) => {
    expect(conformityStatus(rate, date)).toBe(expected)
  })
})

const audited: AccessibilityDeclaration = {
  establishedOn: '2026-11-27',
  auditDate: '2026-10-01',
  auditor: 'Audit interne',
  conformityRate: 87,
  sample: [{ title: 'Accueil', url: '/' }],
  nonConformities: [{ text: 'Le graphique n’a pas d’alternative.' }],
  contactEmail: 'accessibilite@gip.example',
}

const paths = (d: AccessibilityDeclaration | null) => declarationProblems(d).map((p) => p.path)

describe('declarationProblems', () => {
  it('accepts a complete declaration, with or without an audit', () => {
    expect(paths(audited)).toEqual([])
    expect(paths({ establishedOn: '2026-11-27', contactUrl: '/contact' })).toEqual([])
  })
  it('requires the date, a contact channel, and everything an audit implies', () => {
    expect(paths(null)).toEqual(['accessibility.establishedOn', 'accessibility.contactEmail'])
    expect(paths({ ...audited, auditor: '', sample: [{ title: 'Accueil', url: '' }], conformityRate: null })).toEqual([
      'accessibility.conformityRate',
      'accessibility.auditor',
      'accessibility.sample',
    ])
  })
  it('refuses a rate and a list that contradict each other', () => {
    expect(paths({ ...audited, nonConformities: [] })).toEqual(['accessibility.nonConformities'])
    expect(paths({ ...audited, conformityRate: 100 })).toEqual(['accessibility.conformityRate'])
    expect(paths({ ...audited, conformityRate: 120 })).toEqual(['accessibility.conformityRate'])
    expect(paths({ ...audited, auditDate: null, auditor: null })).toEqual(['accessibility.auditDate'])
  })
  it('requires a reason for each derogation', () => {
    expect(paths({ ...audited, derogations: [{ text: 'Vidéos anciennes', reason: '' }] })).toEqual([
      'accessibility.derogations.0.reason',
    ])
  })
})

describe('legalNoticeProblems', () => {
  const complete = {
    publisherName: 'GIP',
    publisherAddress: '1 rue X, 75000 Paris',
    publisherContact: '01 00 00 00 00',
    directorName: 'Jeanne Martin',
    hostName: 'Hébergeur SAS',
    hostAddress: '2 rue Y, 59000 Lille',
    hostContact: '03 00 00 00 00',
  }
  it('accepts a complete notice', () => expect(legalNoticeProblems(complete)).toEqual([]))
  it('names each missing mention', () => {
    expect(legalNoticeProblems({ ...complete, directorName: ' ', hostName: null }).map((p) => p.path)).toEqual([
      'legalNotice.directorName',
      'legalNotice.hostName',
    ])
    expect(legalNoticeProblems(null)).toHaveLength(7)
  })
})
