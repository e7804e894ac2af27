import { describe, expect, it } from 'vitest'

import { academies } from './academies'
import { departments } from './departments'
import { territories } from './territories'
import { themes } from './themes'

describe('reference data', () => {
  it('has 30 académies with unique codes', () => {
    expect(academies).toHaveLength(30)
    expect(new Set(academies.map((academy) => academy.code)).size).toBe(30)
  })

  it('has 101 départements with unique codes', () => {
    expect(departments).toHaveLength(101)
    expect(new Set(departments.map((department) => department.code)).size).toBe(101)
  })

  it('maps every département to an existing académie', () => {
    const academyCodes = new Set(academies.map((academy) => academy.code))
    for (const department of departments) {
      expect(academyCodes.has(department.academyCode), department.code).toBe(true)
    }
  })

  it('gives every académie at least one département', () => {
    const usedAcademyCodes = new Set(departments.map((department) => department.academyCode))
    for (const academy of academies) {
      expect(usedAcademyCodes.has(academy.code), academy.name).toBe(true)
    }
  })

  it('has 9 themes with unique slugs', () => {
    expect(themes).toHaveLength(9)
    expect(new Set(themes.map((theme) => theme.slug)).size).toBe(9)
  })

  it('has 12 territories on existing départements, 2 pilots and 10 extension', () => {
    const departmentCodes = new Set(departments.map((department) => department.code))
    expect(territories).toHaveLength(12)
    for (const territory of territories) {
      expect(departmentCodes.has(territory.departmentCode), territory.slug).toBe(true)
    }
    expect(territories.filter((territory) => territory.cohort === 'pilot')).toHaveLength(2)
    expect(territories.filter((territory) => territory.cohort === 'extension')).toHaveLength(10)
  })
})
