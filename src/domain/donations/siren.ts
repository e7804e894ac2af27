/** A SIREN: 9 digits whose Luhn checksum is valid (spaces allowed when typed). */
export function isValidSiren(value: string): boolean {
  const digits = value.replace(/\s/g, '')
  if (!/^\d{9}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 9; i++) {
    let d = Number(digits[8 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}
