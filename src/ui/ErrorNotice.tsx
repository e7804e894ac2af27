'use client'

import { UNAVAILABLE_TEXT, UNAVAILABLE_TITLE } from './unavailable-page'

type Props = { unavailable: boolean; reset: () => void }

/**
 * What the public sites' error boundaries show: the "service unavailable" text when the database
 * could not be reached (the proxy answers those with a 503 before they get here, see src/proxy.ts),
 * a general apology otherwise; both with a button to try again.
 */
export function ErrorNotice({ unavailable, reset }: Props) {
  return (
    <>
      <h1>{unavailable ? UNAVAILABLE_TITLE : 'Une erreur est survenue'}</h1>
      <p>
        {unavailable
          ? UNAVAILABLE_TEXT
          : 'La page n’a pas pu être affichée. Veuillez réessayer ; si le problème persiste, écrivez-nous depuis la page Contact.'}
      </p>
      <p>
        <button type="button" onClick={reset}>
          Réessayer
        </button>
      </p>
    </>
  )
}
