import { isAcademicEmail } from './academic-email'
import { checkPassword } from './password-policy'

export type TeacherSignup = { firstName: string; lastName: string; email: string; password: string; passwordConfirm: string }
export type FieldErrors = Partial<Record<keyof TeacherSignup, string>>

/** What is wrong with a teacher's sign-up form, field by field (empty when it can be accepted). */
export function checkTeacherSignup(input: TeacherSignup, academicDomains: readonly string[]): FieldErrors {
  const errors: FieldErrors = {}
  if (!input.firstName.trim()) errors.firstName = 'Indiquez votre prénom.'
  else if (input.firstName.length > 100) errors.firstName = 'Le prénom ne doit pas dépasser 100 caractères.'
  if (!input.lastName.trim()) errors.lastName = 'Indiquez votre nom.'
  else if (input.lastName.length > 100) errors.lastName = 'Le nom ne doit pas dépasser 100 caractères.'
  if (!input.email.trim()) errors.email = 'Indiquez votre adresse e-mail professionnelle.'
  else if (!isAcademicEmail(input.email, academicDomains)) {
    errors.email = `Utilisez votre adresse e-mail académique (par exemple prenom.nom@ac-versailles.fr). Domaines acceptés : ${academicDomains.join(', ')}.`
  }
  const passwordProblem = checkPassword(input.password)
  if (passwordProblem) errors.password = passwordProblem
  else if (input.password !== input.passwordConfirm) errors.passwordConfirm = 'Les deux mots de passe ne sont pas identiques.'
  return errors
}
