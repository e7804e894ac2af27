import { z } from 'zod'

import { parseEuros } from '@/domain/money/euros'

import { amountProblem } from './rules'
import { isValidSiren } from './siren'

export const FAILURE_CHOICES = ['refund', 'solidarity'] as const
export const PAYMENT_METHODS = ['card', 'sepa_debit', 'transfer'] as const

const text = (max: number, required?: string) => {
  const base = z.string().trim().max(max, `${max} caractères au plus.`)
  return required ? base.min(1, required) : base
}

const POSTCODE = /^[0-9A-Za-z -]{3,10}$/

/** The postal address a tax receipt must carry: what is missing, per field. */
function postalAddressProblems(values: Record<string, string | undefined>): Record<string, string> {
  const problems: Record<string, string> = {}
  if (!values.address?.trim()) problems.address = 'Indiquez votre adresse : elle doit figurer sur le reçu fiscal.'
  if (!POSTCODE.test(values.postcode?.trim() ?? ''))
    problems.postcode = 'Indiquez un code postal valide : il doit figurer sur le reçu fiscal.'
  if (!values.city?.trim()) problems.city = 'Indiquez votre commune : elle doit figurer sur le reçu fiscal.'
  return problems
}

const GiftSchema = z
  .object({
    amount: z.string(),
    donorType: z.enum(['individual', 'company'], {
      message: 'Indiquez si vous donnez en tant que particulier ou entreprise.',
    }),
    firstName: text(100, 'Indiquez votre prénom.'),
    lastName: text(100, 'Indiquez votre nom.'),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: 'Indiquez une adresse e-mail valide.' })),
    // The postal address is asked only for a tax receipt, which must carry it (Cerfa 11580 and 16216).
    address: text(200).optional(),
    postcode: z.string().trim().optional(),
    city: text(100).optional(),
    country: text(60).default('France'),
    companyName: text(150).optional(),
    legalForm: text(60).optional(),
    siren: z.string().trim().optional(),
    display: z
      .enum(['name', 'anonymous'], {
        message: 'Choisissez ce que la page du projet affiche : votre nom ou « Anonyme ».',
      })
      .default('name'),
    hideAmount: z.boolean().default(false),
    message: text(500).optional(),
    wantsReceipt: z.boolean().default(false),
    wantsNews: z.boolean().default(false),
    counterpart: text(200).optional(),
    failureChoice: z
      .enum([...FAILURE_CHOICES, 'later'], { message: 'Choisissez ce que devient votre don si la collecte échoue.' })
      .default('later'),
    paymentMethod: z.enum(PAYMENT_METHODS, { message: 'Choisissez un moyen de paiement.' }),
  })
  .superRefine((value, ctx) => {
    if (value.donorType !== 'company') return
    if (!value.companyName)
      ctx.addIssue({ code: 'custom', path: ['companyName'], message: 'Indiquez la raison sociale de l’entreprise.' })
    if (!value.legalForm)
      ctx.addIssue({ code: 'custom', path: ['legalForm'], message: 'Indiquez la forme juridique (SA, SAS, SARL…).' })
    if (!value.siren || !isValidSiren(value.siren))
      ctx.addIssue({ code: 'custom', path: ['siren'], message: 'Indiquez un numéro SIREN valide (9 chiffres).' })
  })

export type GiftInput = Omit<z.infer<typeof GiftSchema>, 'amount' | 'failureChoice' | 'country'> & {
  amountCents: number
  failureChoice: (typeof FAILURE_CHOICES)[number] | null
  /** With the address, for a tax receipt only. */
  country?: string
}

/**
 * The giving form's values → the gift, or French messages on each wrong field. The amount is the
 * one typed, else the suggested amount chosen (`suggestedAmount`, in euros).
 */
export function parseGiftForm(
  values: Record<string, string | undefined>,
): { ok: true; gift: GiftInput } | { ok: false; errors: Record<string, string> } {
  values = { ...values, amount: values.amount?.trim() ? values.amount : values.suggestedAmount }
  const parsed = GiftSchema.safeParse({
    ...values,
    hideAmount: values.hideAmount === 'on',
    wantsReceipt: values.wantsReceipt === 'on',
    wantsNews: values.wantsNews === 'on',
    country: values.country || undefined,
    display: values.display || undefined,
    failureChoice: values.failureChoice || undefined,
  })
  const errors: Record<string, string> = {}
  const amountCents = parseEuros(values.amount)
  if (amountCents === null) errors.amount = 'Indiquez le montant de votre don.'
  else if (/^\s*[-−]/.test(values.amount ?? '')) errors.amount = 'Indiquez un montant positif, par exemple 30 ou 25,50.'
  else {
    const problem = amountProblem(amountCents)
    if (problem) errors.amount = problem
  }
  // Checked apart from the schema so that they show with every other problem at once.
  if (values.wantsReceipt === 'on') Object.assign(errors, postalAddressProblems(values))
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors }
  const { amount: _, failureChoice, siren, ...rest } = parsed.data
  const company = rest.donorType === 'company'
  // Without a receipt, no address is kept (nothing needs it).
  const postal = rest.wantsReceipt
    ? {}
    : { address: undefined, postcode: undefined, city: undefined, country: undefined }
  return {
    ok: true,
    gift: {
      ...rest,
      amountCents: amountCents!,
      failureChoice: failureChoice === 'later' ? null : failureChoice,
      siren: company ? siren?.replace(/\s/g, '') : undefined,
      companyName: company ? rest.companyName : undefined,
      legalForm: company ? rest.legalForm : undefined,
      counterpart: company ? rest.counterpart || undefined : undefined,
      message: rest.message || undefined,
      ...postal,
    },
  }
}
