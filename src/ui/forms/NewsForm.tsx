'use client'

import { useActionState, useEffect, useRef, useState } from 'react'

import { NEWS_BODY_MAX, NEWS_PICTURE_SLOTS, NEWS_TITLE_MAX } from '@/domain/projects/news-input'

import type { FormState } from '@/actions/form-state'

import { Choices, ErrorSummary, Field } from './Field'

type Picture = { id: number; url: string; alt: string }
type Preview = { title: string; body: string; donorsOnly: boolean; images: { url: string; alt: string }[] }

const LABELS: Record<string, string> = { title: 'Titre', body: 'Texte', visibility: 'Visible par', _form: 'Actualité' }
for (let i = 1; i <= NEWS_PICTURE_SLOTS; i++)
  Object.assign(LABELS, { [`photo${i}`]: `Photo ${i}`, [`photo${i}Alt`]: `Description de la photo ${i}` })

/**
 * The teacher's news form in "Mon espace": title, text, audience, pictures (new ones with their
 * description; existing ones may be removed), a preview of the item as readers will see it, then
 * publication through a server action (which checks everything again).
 */
export function NewsForm({
  action,
  projectId,
  projectTitle,
  news,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>
  projectId: number
  projectTitle: string
  news?: { id: number; title: string; body: string; visibility: 'public' | 'donors'; pictures: Picture[] }
}) {
  const [state, formAction, pending] = useActionState(action, {})
  const [preview, setPreview] = useState<Preview | null>(null)
  const form = useRef<HTMLFormElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const prefix = news ? `actualite-${news.id}` : `nouvelle-${projectId}`

  useEffect(
    () => () => preview?.images.forEach((i) => i.url.startsWith('blob:') && URL.revokeObjectURL(i.url)),
    [preview],
  )
  useEffect(() => {
    if (preview) heading.current?.focus()
  }, [preview])

  function showPreview() {
    if (!form.current) return
    const data = new FormData(form.current)
    const removed = data.getAll('retirerPhoto').map(Number)
    const kept = (news?.pictures ?? []).filter((p) => !removed.includes(p.id)).map(({ url, alt }) => ({ url, alt }))
    const added = Array.from({ length: NEWS_PICTURE_SLOTS }, (_, i) => ({
      file: data.get(`photo${i + 1}`),
      alt: String(data.get(`photo${i + 1}Alt`) ?? ''),
    }))
      .filter((p): p is { file: File; alt: string } => p.file instanceof File && p.file.size > 0)
      .map((p) => ({ url: URL.createObjectURL(p.file), alt: p.alt }))
    setPreview({
      title: String(data.get('title') ?? ''),
      body: String(data.get('body') ?? ''),
      donorsOnly: data.get('visibility') === 'donors',
      images: [...kept, ...added],
    })
  }

  return (
    <form
      ref={form}
      action={formAction}
      className="form"
      noValidate
      aria-busy={pending || undefined}
      aria-label={news ? `Modifier l’actualité « ${news.title} »` : `Nouvelle actualité du projet « ${projectTitle} »`}
    >
      <ErrorSummary state={state} labels={LABELS} />
      <input type="hidden" name="projet" value={projectId} />
      {news ? <input type="hidden" name="actualite" value={news.id} /> : null}
      <Field state={state} name="title" label="Titre" required maxLength={NEWS_TITLE_MAX} defaultValue={news?.title} />
      <Field
        state={state}
        name="body"
        label="Texte"
        required
        as="textarea"
        maxLength={NEWS_BODY_MAX}
        defaultValue={news?.body}
        hint="Racontez où en est le projet ; les retours à la ligne sont conservés."
      />
      <Choices
        state={state}
        name="visibility"
        type="radio"
        legend="Visible par"
        checked={[news?.visibility ?? 'public']}
        options={[
          { value: 'public', label: 'tout le monde (page du projet)' },
          { value: 'donors', label: 'les donateurs seulement' },
        ]}
        hint="Les donateurs qui l’ont demandé la reçoivent par e-mail à la publication ; les personnes qui suivent le projet aussi, si elle est publique."
      />
      {news?.pictures.length ? (
        <fieldset className="choices">
          <legend>Photos publiées</legend>
          {news.pictures.map((p) => (
            <p key={p.id} className="choice">
              <input type="checkbox" id={`${prefix}-retirer-${p.id}`} name="retirerPhoto" value={p.id} />{' '}
              <label htmlFor={`${prefix}-retirer-${p.id}`}>Retirer la photo « {p.alt} »</label>
            </p>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="choices">
        <legend>Ajouter des photos (facultatif : JPEG, PNG ou WebP, 5 Mo au plus chacune)</legend>
        {Array.from({ length: NEWS_PICTURE_SLOTS }, (_, i) => (
          <div key={i}>
            <Field state={state} name={`photo${i + 1}`} label={`Photo ${i + 1}`} type="file" />
            <Field
              state={state}
              name={`photo${i + 1}Alt`}
              label={`Description de la photo ${i + 1}`}
              hint="Ce que montre la photo, pour les personnes qui ne la voient pas."
            />
          </div>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={showPreview}>
          Prévisualiser
        </button>{' '}
        <button type="submit" disabled={pending}>
          {news ? 'Enregistrer les modifications' : 'Publier l’actualité'}
        </button>
      </div>
      {preview ? (
        <section
          className="news-preview"
          aria-labelledby={`${prefix}-apercu`}
          style={{ border: '1px solid currentColor', borderRadius: '0.5rem', padding: '1rem', marginTop: '1rem' }}
        >
          <h3 id={`${prefix}-apercu`} tabIndex={-1} ref={heading}>
            Aperçu : {preview.title || '(sans titre)'}
          </h3>
          <p className="card__meta">{preview.donorsOnly ? 'Réservée aux donateurs' : 'Visible par tout le monde'}</p>
          <p style={{ whiteSpace: 'pre-line' }}>{preview.body || '(texte vide)'}</p>
          {preview.images.map((image) => (
            // eslint-disable-next-line @next/next/no-img-element -- a preview of the teacher's own upload (a blob URL)
            <img key={image.url} src={image.url} alt={image.alt} style={{ maxWidth: '16rem', marginRight: '0.5rem' }} />
          ))}
        </section>
      ) : null}
    </form>
  )
}
