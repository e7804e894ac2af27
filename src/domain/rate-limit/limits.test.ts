import { describe, expect, it } from 'vitest'

import {
  DEFAULT_LIMITS,
  LIMIT_NAMES,
  backoffDelaySeconds,
  describeWait,
  limitMessage,
  parseRateLimits,
  parseRule,
} from './limits'

describe('parseRule', () => {
  it.each([
    ['10/15m', { points: 10, durationSeconds: 900 }],
    [' 5 / 30s ', { points: 5, durationSeconds: 30 }],
    ['3/1h', { points: 3, durationSeconds: 3600 }],
    ['1/30d', { points: 1, durationSeconds: 30 * 86400 }],
    ['0/1m', null], // a limit cannot be switched off
    ['5/0s', null],
    ['5/31d', null], // longer than 30 days
    ['5/1w', null],
    ['5 per minute', null],
    ['5/m', null],
    ['-1/1m', null],
    ['1.5/1m', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(parseRule(text)).toEqual(expected)
  })
})

describe('parseRateLimits', () => {
  it('gives the defaults when nothing is set', () => {
    expect(parseRateLimits(undefined)).toEqual({ ok: true, limits: DEFAULT_LIMITS })
    expect(parseRateLimits(' , ')).toEqual({ ok: true, limits: DEFAULT_LIMITS })
  })

  it('overrides the named rules, keeping their kind', () => {
    const parsed = parseRateLimits('login.client=50/15m, gift.account=20/2h,login.account=8/12h')
    expect(parsed.ok && parsed.limits).toMatchObject({
      'login.client': { kind: 'window', points: 50, durationSeconds: 900 },
      'gift.account': { kind: 'window', points: 20, durationSeconds: 7200 },
      'login.account': { kind: 'backoff', points: 8, durationSeconds: 43200 },
      'gift.client': DEFAULT_LIMITS['gift.client'],
    })
  })

  it('refuses unknown names and bad rules, one problem each', () => {
    const parsed = parseRateLimits('login=5/1m,gift.client=beaucoup,signup.client,questionnaire.client=0/1m')
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.problems).toHaveLength(4)
    expect(parsed.problems[0]).toMatch(/"login" is not a known limit/)
    expect(parsed.problems[1]).toMatch(/gift.client=beaucoup/)
    expect(parsed.problems[2]).toMatch(/expected <name>=<points>\/<duration>/)
    expect(parsed.problems[3]).toMatch(/questionnaire.client=0\/1m/)
  })

  it('every default is a valid rule of at least one point', () => {
    for (const rule of Object.values(DEFAULT_LIMITS)) expect(rule.points).toBeGreaterThanOrEqual(1)
  })
})

describe('backoffDelaySeconds', () => {
  it.each([
    [0, 0],
    [5, 0], // the free attempts
    [6, 30],
    [7, 60],
    [8, 120],
    [9, 240],
    [10, 480],
    [11, 900], // capped at 15 minutes
    [50, 900],
    [1e9, 900],
  ])('after %i attempts with 5 free: %i s', (attempts, seconds) => {
    expect(backoffDelaySeconds(attempts, 5)).toBe(seconds)
  })
})

describe('describeWait', () => {
  it.each([
    [0.2, '1 seconde'],
    [30, '30 secondes'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [900, '15 minutes'],
    [7199, '120 minutes'],
    [7200, '2 heures'],
    [86400, '24 heures'],
  ])('%s s → %s', (seconds, words) => {
    expect(describeWait(seconds)).toBe(words)
  })
})

describe('limitMessage', () => {
  it('names the action and the wait, the same for the client’s and the account’s limit', () => {
    expect(limitMessage('login.client', 600)).toBe(limitMessage('login.account', 600))
    expect(limitMessage('login.account', 30)).toMatch(
      /^Trop de tentatives de connexion\. Réessayez dans 30 secondes, ou choisissez un nouveau mot de passe/,
    )
    expect(limitMessage('questionnaire.client', 420)).toBe(
      'Trop de réponses envoyées depuis cette connexion : réessayez dans 7 minutes.',
    )
  })
  it.each(LIMIT_NAMES)('%s has its own French message', (name) => {
    expect(limitMessage(name, 60)).toMatch(/^Trop .+ Réessayez dans 1 minute|réessayez dans 1 minute/)
  })
})
