import { describe, expect, it } from 'vitest'

import { SCHEDULE_INVALID_MESSAGE, SCHEDULE_PAST_MESSAGE, decideSchedule, isScheduleStillDue } from './schedule'

const now = new Date('2027-03-10T09:00:00.000Z')

describe('decideSchedule', () => {
  it.each([
    [
      'no schedule',
      { status: 'draft', publishAt: null, previousPublishAt: null },
      { ok: true, publishAt: null, queue: false },
    ],
    [
      'a future time is queued',
      { status: 'draft', publishAt: '2027-03-10T09:00:01.000Z', previousPublishAt: null },
      { ok: true, publishAt: '2027-03-10T09:00:01.000Z', queue: true },
    ],
    [
      'a new future time replaces the old one',
      { status: 'draft', publishAt: '2027-04-01T08:00:00.000Z', previousPublishAt: '2027-03-20T08:00:00.000Z' },
      { ok: true, publishAt: '2027-04-01T08:00:00.000Z', queue: true },
    ],
    [
      'the same time saved again is not queued twice',
      { status: 'draft', publishAt: '2027-03-20T08:00:00Z', previousPublishAt: '2027-03-20T08:00:00.000Z' },
      { ok: true, publishAt: '2027-03-20T08:00:00.000Z', queue: false },
    ],
    [
      'the same time, already passed, is kept (the job is on its way)',
      { status: 'draft', publishAt: '2027-03-01T08:00:00.000Z', previousPublishAt: '2027-03-01T08:00:00.000Z' },
      { ok: true, publishAt: '2027-03-01T08:00:00.000Z', queue: false },
    ],
    [
      'publishing now drops the schedule',
      { status: 'published', publishAt: '2027-04-01T08:00:00.000Z', previousPublishAt: '2027-04-01T08:00:00.000Z' },
      { ok: true, publishAt: null, queue: false },
    ],
    [
      'now exactly is in the past',
      { status: 'draft', publishAt: '2027-03-10T09:00:00.000Z', previousPublishAt: null },
      { ok: false, message: SCHEDULE_PAST_MESSAGE },
    ],
    [
      'yesterday',
      { status: 'draft', publishAt: '2027-03-09T09:00:00.000Z', previousPublishAt: '2027-03-20T09:00:00.000Z' },
      { ok: false, message: SCHEDULE_PAST_MESSAGE },
    ],
    [
      'not a date',
      { status: 'draft', publishAt: 'demain', previousPublishAt: null },
      { ok: false, message: SCHEDULE_INVALID_MESSAGE },
    ],
  ] as const)('%s', (_name, input, expected) => {
    expect(decideSchedule({ ...input, now })).toEqual(expected)
  })

  it('refuses a time more than two years ahead', () => {
    expect(
      decideSchedule({ status: 'draft', publishAt: '2062-03-10T09:00:00.000Z', previousPublishAt: null, now }),
    ).toMatchObject({ ok: false })
  })
})

describe('isScheduleStillDue', () => {
  const at = '2027-03-10T08:00:00.000Z'
  it.each([
    ['the draft still scheduled for that time', { _status: 'draft', publishAt: at }, true],
    ['rescheduled since', { _status: 'draft', publishAt: '2027-03-11T08:00:00.000Z' }, false],
    ['schedule removed', { _status: 'draft', publishAt: null }, false],
    ['published by hand meanwhile', { _status: 'published', publishAt: null }, false],
  ] as const)('%s', (_name, doc, expected) => {
    expect(isScheduleStillDue(doc, at, now)).toBe(expected)
  })

  it('not before its time', () => {
    expect(isScheduleStillDue({ _status: 'draft', publishAt: at }, at, new Date('2027-03-10T07:59:59.000Z'))).toBe(
      false,
    )
  })
})
