'use client'

import { useRef } from 'react'

import { Field, useFieldState } from './Field'

export type SuggestedAmount = { cents: number; label: string; individualCost: string; companyCost: string }

/**
 * The gift's amount: suggested amounts (radio buttons, each with what it costs after the tax
 * reduction, for an individual or a company) or another amount typed. Without JavaScript the typed
 * amount wins over the suggestion; with it, choosing one clears the other.
 */
export function GiftAmount({ suggestions, hint }: { suggestions: SuggestedAmount[]; hint: string }) {
  const { value, submitted } = useFieldState('suggestedAmount')
  const group = useRef<HTMLFieldSetElement>(null)
  const clearTyped = () => {
    const typed = group.current?.querySelector<HTMLInputElement>('input[name="amount"]')
    if (typed) typed.value = ''
  }
  const clearSuggested = (event: React.FormEvent<HTMLDivElement>) => {
    if ((event.target as HTMLInputElement).name !== 'amount') return
    for (const radio of group.current?.querySelectorAll<HTMLInputElement>('input[name="suggestedAmount"]') ?? [])
      radio.checked = false
  }
  return (
    <fieldset className="gift-amount" ref={group}>
      <legend>
        Montant du don<span aria-hidden="true"> *</span>
      </legend>
      <p className="field__hint" id="montants-aide">
        Avec un reçu fiscal, votre don ouvre droit à une réduction d’impôt : voici ce qu’il vous coûte vraiment.
      </p>
      <ul className="gift-amount__choices">
        {suggestions.map((s) => {
          const id = `montant-${s.cents}`
          return (
            <li key={s.cents}>
              <input
                type="radio"
                id={id}
                name="suggestedAmount"
                value={String(s.cents / 100)}
                defaultChecked={submitted ? value === String(s.cents / 100) : s.cents === 50_00}
                onChange={clearTyped}
                aria-describedby="montants-aide"
              />
              <label htmlFor={id}>
                <strong>{s.label}</strong>
                <span className="for-individual">ne vous coûtent que {s.individualCost}</span>
                <span className="for-company">ne coûtent que {s.companyCost} à l’entreprise</span>
              </label>
            </li>
          )
        })}
      </ul>
      <div onInput={clearSuggested}>
        <Field name="amount" label="Ou un autre montant (€)" inputMode="decimal" hint={hint} />
      </div>
    </fieldset>
  )
}
