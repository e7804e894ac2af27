'use client'

import { useActionState } from 'react'

import {
  forgotPasswordAction,
  resetPasswordAction,
  signInAction,
  signUpAction,
  signUpDonorAction,
} from '@/actions/auth'
import type { FormState } from '@/actions/form-state'
import { PASSWORD_MIN_LENGTH } from '@/domain/auth/password-length'

import { ErrorSummary, Field } from './Field'

const PASSWORD_HINT = `Au moins ${PASSWORD_MIN_LENGTH} caractères, difficile à deviner : une phrase de quelques mots sans rapport entre eux, facile à retenir, convient très bien.`

function Done({ state }: { state: FormState }) {
  return (
    <p className="notice" role="status">
      {state.message}
    </p>
  )
}

type SignUpProps = { action: typeof signUpAction; emailLabel: string; emailHint: string }

/** The sign-up form, the same for teachers and donors but for the address they may use. */
function AccountSignUpForm({ action: signUp, emailLabel, emailHint }: SignUpProps) {
  const [state, action, pending] = useActionState(signUp, {})
  if (state.done) return <Done state={state} />
  const labels = {
    firstName: 'Prénom',
    lastName: 'Nom',
    email: emailLabel,
    password: 'Mot de passe',
    passwordConfirm: 'Confirmation du mot de passe',
  }
  return (
    <form action={action} className="form" noValidate>
      <ErrorSummary state={state} labels={labels} />
      <Field name="firstName" label={labels.firstName} state={state} required autoComplete="given-name" />
      <Field name="lastName" label={labels.lastName} state={state} required autoComplete="family-name" />
      <Field
        name="email"
        label={labels.email}
        state={state}
        required
        type="email"
        autoComplete="email"
        inputMode="email"
        hint={emailHint}
      />
      <Field
        name="password"
        label={labels.password}
        state={state}
        required
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
      />
      <Field
        name="passwordConfirm"
        label={labels.passwordConfirm}
        state={state}
        required
        type="password"
        autoComplete="new-password"
      />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          Créer mon compte
        </button>
      </div>
    </form>
  )
}

export function SignUpForm({ domains }: { domains: string[] }) {
  return (
    <AccountSignUpForm
      action={signUpAction}
      emailLabel="Adresse e-mail académique"
      emailHint={`Par exemple prenom.nom@ac-versailles.fr. Domaines acceptés : ${domains.join(', ')}.`}
    />
  )
}

export function DonorSignUpForm() {
  return (
    <AccountSignUpForm
      action={signUpDonorAction}
      emailLabel="Adresse e-mail"
      emailHint="Utilisez l’adresse indiquée lors de vos dons : ils apparaîtront dans votre espace. Par exemple prenom.nom@exemple.fr."
    />
  )
}

export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState(signInAction, {})
  return (
    <form action={action} className="form" noValidate>
      <ErrorSummary state={state} labels={{ email: 'Adresse e-mail', password: 'Mot de passe' }} />
      <input type="hidden" name="suite" value={next ?? ''} />
      <Field name="email" label="Adresse e-mail" state={state} required type="email" autoComplete="email" />
      <Field
        name="password"
        label="Mot de passe"
        state={state}
        required
        type="password"
        autoComplete="current-password"
      />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          Se connecter
        </button>
        <a href="/mot-de-passe-oublie">Mot de passe oublié ?</a>
      </div>
    </form>
  )
}

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(forgotPasswordAction, {})
  if (state.done) return <Done state={state} />
  return (
    <form action={action} className="form" noValidate>
      <ErrorSummary state={state} labels={{ email: 'Adresse e-mail' }} />
      <Field
        name="email"
        label="Adresse e-mail de votre compte"
        state={state}
        required
        type="email"
        autoComplete="email"
      />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          Recevoir un lien
        </button>
      </div>
    </form>
  )
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, {})
  const labels = { password: 'Nouveau mot de passe', passwordConfirm: 'Confirmation', token: 'Lien' }
  return (
    <form action={action} className="form" noValidate>
      <ErrorSummary state={state} labels={labels} />
      {state.errors?.token ? (
        <p className="field__error" id="champ-token">
          {state.errors.token} <a href="/mot-de-passe-oublie">Demander un nouveau lien</a>
        </p>
      ) : null}
      <input type="hidden" name="jeton" value={token} />
      <Field
        name="password"
        label={labels.password}
        state={state}
        required
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
      />
      <Field
        name="passwordConfirm"
        label={labels.passwordConfirm}
        state={state}
        required
        type="password"
        autoComplete="new-password"
      />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          Enregistrer le mot de passe
        </button>
      </div>
    </form>
  )
}
