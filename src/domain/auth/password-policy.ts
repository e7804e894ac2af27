export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128

/** Returns the French reason a password is refused, or null when it is acceptable. */
export function checkPassword(password: string): string | null {
  // Count code points, not UTF-16 units, so "é" or an emoji counts as one character.
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) {
    return `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `Le mot de passe doit contenir au plus ${PASSWORD_MAX_LENGTH} caractères.`
  }
  if (password.trim().length === 0) return 'Le mot de passe ne peut pas être composé uniquement d’espaces.'
  return null
}
