import { describe, expect, it } from 'vitest'

import { type ClockedProject, dueCoaching, dueTransition } from './campaign-clock'

const collecting: ClockedProject = {
  status: 'collecting',
  startDate: '2027-01-04',
  endDate: '2027-02-12',
  stopAtOptimum: true,
  minimumGoalCents: 100_000,
  optimumGoalCents: 150_000,
  collectedCents: 20_000,
  coachingSent: [],
}

describe('dueTransition', () => {
  it.each([
    ['scheduled, the day before its start', { ...collecting, status: 'scheduled' }, '2027-01-03', null],
    ['scheduled, on its start date', { ...collecting, status: 'scheduled' }, '2027-01-04', 'collecting'],
    [
      'scheduled, start date passed while the queue was down',
      { ...collecting, status: 'scheduled' },
      '2027-01-09',
      'collecting',
    ],
    ['collecting, on its last day', collecting, '2027-02-12', null],
    ['collecting, the day after its end', collecting, '2027-02-13', 'settling'],
    ['collecting, optimum reached, stops there', { ...collecting, collectedCents: 150_000 }, '2027-01-20', 'settling'],
    [
      'collecting, optimum passed, does not stop there',
      { ...collecting, collectedCents: 160_000, stopAtOptimum: false },
      '2027-01-20',
      null,
    ],
    ['in review', { ...collecting, status: 'in_review' }, '2027-03-01', null],
  ] as const)('%s → %s', (_label, project, today, expected) => {
    expect(dueTransition(project, today)).toBe(expected)
  })
})

describe('dueCoaching', () => {
  it.each([
    ['day 7 of the campaign', collecting, '2027-01-10', []],
    ['day 8: a week in', collecting, '2027-01-11', ['week_in']],
    ['8 days left', collecting, '2027-02-05', ['eight_days_left']],
    ['3 days left', collecting, '2027-02-10', ['eight_days_left']],
    ['2 days left, below the minimum', collecting, '2027-02-11', ['two_days_left_below_minimum']],
    ['2 days left, minimum reached', { ...collecting, collectedCents: 100_000 }, '2027-02-11', []],
    ['already sent', { ...collecting, coachingSent: ['eight_days_left'] }, '2027-02-06', []],
    ['not collecting', { ...collecting, status: 'scheduled' }, '2027-01-11', []],
  ] as const)('%s → %j', (_label, project, today, expected) => {
    expect(dueCoaching(project, today)).toEqual(expected)
  })
})
