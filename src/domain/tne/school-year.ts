/** A school year written "2023-2024": two consecutive years. */
export function schoolYearProblem(value: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{4})$/.exec(value ?? '')
  if (!match || Number(match[2]) !== Number(match[1]) + 1)
    return 'Année scolaire au format 2023-2024 (deux années qui se suivent).'
  return null
}
