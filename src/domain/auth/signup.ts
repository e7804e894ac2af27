import { emailDomain, isAcademicEmail } from './academic-email'
import { checkPassword } from './password-policy'

/** The sign-up form of the public site, the same for teachers and donors. */
export type SignupInput = {
  firstName: string
  lastName: string
  email: string
  password: string
  passwordConfirm: string
}
export type FieldErrors = Partial<Record<keyof SignupInput, string>>

/** Names and password, checked the same way for every account (the password against the account's own words too). */
async function checkNamesAndPassword(input: SignupInput): Promise<FieldErrors> {
  const errors: FieldErrors = {}
  if (!input.firstName.trim()) errors.firstName = 'Indiquez votre prénom.'
  else if (input.firstName.length > 100) errors.firstName = 'Le prénom ne doit pas dépasser 100 caractères.'
  if (!input.lastName.trim()) errors.lastName = 'Indiquez votre nom.'
  else if (input.lastName.length > 100) errors.lastName = 'Le nom ne doit pas dépasser 100 caractères.'
  const passwordProblem = await checkPassword(input.password, [input.email, input.firstName, input.lastName])
  if (passwordProblem) errors.password = passwordProblem
  else if (input.password !== input.passwordConfirm)
    errors.passwordConfirm = 'Les deux mots de passe ne sont pas identiques.'
  return errors
}

/** Keeps the fields in the form's order, so that the error summary lists them as they appear. */
const inFormOrder = (errors: FieldErrors): FieldErrors => {
  const order: (keyof SignupInput)[] = ['firstName', 'lastName', 'email', 'password', 'passwordConfirm']
  return Object.fromEntries(order.flatMap((field) => (errors[field] ? [[field, errors[field]]] : [])))
}

/** What is wrong with a teacher's sign-up form, field by field (empty when it can be accepted). */
export async function checkTeacherSignup(input: SignupInput, academicDomains: readonly string[]): Promise<FieldErrors> {
  const errors = await checkNamesAndPassword(input)
  if (!input.email.trim()) errors.email = 'Indiquez votre adresse e-mail professionnelle.'
  else if (!isAcademicEmail(input.email, academicDomains)) {
    errors.email = `Utilisez votre adresse e-mail académique (par exemple prenom.nom@ac-versailles.fr). Domaines acceptés : ${academicDomains.join(', ')}.`
  }
  return inFormOrder(errors)
}

/** What is wrong with a donor's sign-up form: any valid address will do. */
export async function checkDonorSignup(input: SignupInput): Promise<FieldErrors> {
  const errors = await checkNamesAndPassword(input)
  const email = input.email.trim()
  if (!email) errors.email = 'Indiquez votre adresse e-mail.'
  else if (email.length > 254 || !emailDomain(email))
    errors.email = 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.'
  return inFormOrder(errors)
}
