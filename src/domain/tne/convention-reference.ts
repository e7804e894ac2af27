/**
 * Reference numbers of conventions: one sequence per territory (its département code) and year,
 * e.g. `TNE-02-2023-007`. The sequence number is allocated by the database (no gap, no duplicate);
 * this only formats it.
 */
export function formatConventionReference(departmentCode: string, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`Invalid sequence ${sequence}`)
  return `TNE-${departmentCode}-${year}-${String(sequence).padStart(3, '0')}`
}

/** The programme years a convention may belong to. */
export function isConventionYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= 2020 && year <= 2100
}
