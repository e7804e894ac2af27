import { describe, expect, it } from 'vitest'

import { retentionDates } from './retention'

describe('retentionDates', () => {
  it('has nothing to keep without gifts', () => expect(retentionDates([])).toBeNull())

  it.each([
    ['a gift on 1 January', ['2026-01-01T00:00:00.000Z'], { accountingUntil: '2037-12-31', taxReceiptsUntil: '2033-12-31' }],
    ['a gift on 31 December', ['2026-12-31T23:59:59.000Z'], { accountingUntil: '2037-12-31', taxReceiptsUntil: '2033-12-31' }],
    ['the latest of several gifts', ['2024-05-02T10:00:00.000Z', '2027-03-01T10:00:00.000Z', '2025-11-30T10:00:00.000Z'], { accountingUntil: '2038-12-31', taxReceiptsUntil: '2034-12-31' }],
  ])('counts from the year after %s', (_case, dates, expected) => expect(retentionDates(dates)).toEqual(expected))
})
