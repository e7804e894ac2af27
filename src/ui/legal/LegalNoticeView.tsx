import { typeset } from '@/domain/text/typography'
import type { SiteSetting } from '@/payload-types'

type Notice = NonNullable<SiteSetting['legalNotice']>

const lines = (text: string | null | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

function Address({ text }: { text: string | null | undefined }) {
  const parts = lines(text)
  return parts.length ? (
    <p>
      {parts.map((line, index) => (
        <span key={index}>
          {index > 0 ? <br /> : null}
          {typeset(line)}
        </span>
      ))}
    </p>
  ) : null
}

/** The legal notice's required mentions (LCEN, article 6): publisher, publication director, host. */
export function LegalNoticeView({ notice, siteName }: { notice: Notice | null | undefined; siteName: string }) {
  const n = notice ?? {}
  return (
    <>
      <h2>Éditeur</h2>
      <p>
        Le site {typeset(`« ${siteName} »`)} est édité par <strong>{n.publisherName ?? 'le GIP'}</strong>
        {n.publisherStatus ? `, ${n.publisherStatus}` : ''}.
      </p>
      <Address text={n.publisherAddress} />
      {n.publisherContact ? <p>{typeset(`Contact : ${n.publisherContact}`)}</p> : null}
      <h2>Directeur ou directrice de la publication</h2>
      <p>
        {n.directorName}
        {n.directorRole ? `, ${n.directorRole}` : ''}
      </p>
      <h2>Hébergement</h2>
      <p>
        Le site est hébergé par <strong>{n.hostName}</strong>.
      </p>
      <Address text={n.hostAddress} />
      {n.hostContact ? <p>{typeset(`Téléphone : ${n.hostContact}`)}</p> : null}
    </>
  )
}
