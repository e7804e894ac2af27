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

const GiftSchema = z
  .object({
    amount: z.string(),
    donorType: z.enum(['individual', 'company'], { message: 'Indiquez si vous donnez en tant que particulier ou entreprise.' }),
    firstName: text(100, 'Indiquez votre prénom.'),
    lastName: text(100, 'Indiquez votre nom.'),
    email: z.string().trim().toLowerCase().pipe(z.email({ message: 'Indiquez une adresse e-mail valide.' })),
    address: text(200, 'Indiquez votre adresse (elle figure sur le reçu fiscal).'),
    postcode: z.string().trim().regex(/^[0-9A-Za-z -]{3,10}$/, 'Indiquez un code postal valide.'),
    city: text(100, 'Indiquez votre commune.'),
    country: text(60).default('France'),
    companyName: text(150).optional(),
    legalForm: text(60).optional(),
    siren: z.string().trim().optional(),
    display: z.enum(['name', 'anonymous'], { message: 'Choisissez ce que la page du projet affiche : votre nom ou « Anonyme ».' }).default('name'),
    hideAmount: z.boolean().default(false),
    message: text(500).optional(),
    wantsReceipt: z.boolean().default(false),
    wantsNews: z.boolean().default(false),
    counterpart: text(200).optional(),
    failureChoice: z.enum([...FAILURE_CHOICES, 'later'], { message: 'Choisissez ce que devient votre don si la collecte échoue.' }).default('later'),
    paymentMethod: z.enum(PAYMENT_METHODS, { message: 'Choisissez un moyen de paiement.' }),
  })
  .superRefine((value, ctx) => {
    if (value.donorType !== 'company') return
    if (!value.companyName) ctx.addIssue({ code: 'custom', path: ['companyName'], message: 'Indiquez la raison sociale de l’entreprise.' })
    if (!value.legalForm) ctx.addIssue({ code: 'custom', path: ['legalForm'], message: 'Indiquez la forme juridique (SA, SAS, SARL…).' })
    if (!value.siren || !isValidSiren(value.siren)) ctx.addIssue({ code: 'custom', path: ['siren'], message: 'Indiquez un numéro SIREN valide (9 chiffres).' })
  })

export type GiftInput = Omit<z.infer<typeof GiftSchema>, 'amount' | 'failureChoice'> & { amountCents: number; failureChoice: (typeof FAILURE_CHOICES)[number] | null }

/** The giving form's values → the gift, or French messages on each wrong field. */
export function parseGiftForm(values: Record<string, string | undefined>): { ok: true; gift: GiftInput } | { ok: false; errors: Record<string, string> } {
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
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors }
  const { amount: _, failureChoice, siren, ...rest } = parsed.data
  const company = rest.donorType === 'company'
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
    },
  }
}
