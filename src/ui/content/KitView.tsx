import Link from 'next/link'

import { formatDuration } from '@/domain/content/duration'
import { fileLabel } from '@/domain/content/file-label'
import { KIT_AUDIENCES, KIT_FORMATS, KIT_LEVELS, TNE_THEMES, labelsOf } from '@/domain/content/taxonomy'
import { downloadFilename } from '@/domain/media/stored-name'
import { typeset } from '@/domain/text/typography'
import type { Document, WorkshopKit } from '@/payload-types'

import { MediaImage } from './MediaImage'
import { Prose } from './Prose'

/** The file's path on the host that serves the page (the TNE site's own), not on the portal's address (SERVER_URL). */
const onThisHost = (url: string) => url.replace(/^https?:\/\/[^/]+/, '')

/** A workshop kit: what it is for, how it runs, and its files (each with its type and size). */
export function KitView({ kit }: { kit: WorkshopKit }) {
  const files = (kit.files ?? []).filter(
    (file): file is Document => typeof file === 'object' && file !== null && Boolean(file.url),
  )
  return (
    <article className="article kit">
      <h1>{typeset(kit.title)}</h1>
      <p className="page__intro">{typeset(kit.summary)}</p>
      <MediaImage media={kit.cover} size="large" className="article__cover" eager />
      <dl className="kit__facts">
        <div>
          <dt>Format</dt>
          <dd>{KIT_FORMATS[kit.format]}</dd>
        </div>
        <div>
          <dt>Durée</dt>
          <dd>{formatDuration(kit.durationMinutes)}</dd>
        </div>
        <div>
          <dt>Publics</dt>
          <dd>{labelsOf(KIT_AUDIENCES, kit.audiences).join(', ')}</dd>
        </div>
        <div>
          <dt>Niveaux</dt>
          <dd>{labelsOf(KIT_LEVELS, kit.levels).join(', ')}</dd>
        </div>
        <div>
          <dt>Thèmes</dt>
          <dd>{labelsOf(TNE_THEMES, kit.themes).join(', ')}</dd>
        </div>
      </dl>
      {kit.body ? <Prose data={kit.body} /> : null}
      {kit.material?.length ? (
        <section aria-labelledby="materiel">
          <h2 id="materiel">Matériel</h2>
          <ul>
            {kit.material.map((row) => (
              <li key={row.id ?? row.item}>{row.item}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {kit.steps?.length ? (
        <section aria-labelledby="deroule">
          <h2 id="deroule">Déroulé</h2>
          <ol className="kit__steps">
            {kit.steps.map((step) => (
              <li key={step.id ?? step.title}>
                <p className="kit__step-title">
                  <strong>{step.title}</strong>
                  {step.durationMinutes ? ` (${formatDuration(step.durationMinutes)})` : ''}
                </p>
                {step.description ? <p>{step.description}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="fichiers">
        <h2 id="fichiers">Fichiers à télécharger</h2>
        {files.length ? (
          <ul className="files">
            {files.map((file) => (
              <li key={file.id}>
                <a href={onThisHost(file.url!)} download={downloadFilename(file.title, file.filename ?? '')}>
                  {file.title} <span className="files__meta">({fileLabel(file.mimeType, file.filesize)})</span>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>Les fichiers de ce kit seront bientôt disponibles.</p>
        )}
      </section>
      <p className="article__back">
        <Link href="/ressources">Toutes les ressources</Link>
      </p>
    </article>
  )
}
