import { PROJECT_FORM_FIELDS } from '@/domain/projects/form-fields'
import { centsToInput } from '@/domain/money/euros'
import { type StepSlug, PROJECT_STEPS, STEP_OF_FIELD, lexicalToText } from '@/domain/projects/form-steps'
import { PROJECT_KINDS, PROJECT_LEVELS, labelOf } from '@/domain/projects/options'
import { DRAFT_TITLE, checkSubmission } from '@/domain/projects/submission'
import type { Establishment, Project, ProjectPicture } from '@/payload-types'
import { addPictureAction, removePictureAction, saveStepAction, submitAction } from '@/actions/teacher'
import { ActionForm, Choices, Field } from '@/ui/forms/Field'
import { formatDate, formatEuros } from '@/ui/format'

type Tips = Partial<Record<string, string | null>>
type Option = { value: string; label: string }

const LABELS: Record<string, string> = {
  ...Object.fromEntries(PROJECT_FORM_FIELDS),
  'schoolHead.name': 'Nom de la direction',
  'schoolHead.email': 'E-mail de la direction',
  coverFile: 'Photo principale',
  coverAlt: 'Texte alternatif de la photo principale',
  galleryFile: 'Photo de la galerie',
  galleryAlt: 'Texte alternatif de la photo',
}

const relId = (value: unknown) =>
  value && typeof value === 'object' ? String((value as { id: number }).id) : value ? String(value) : ''

/** The steps, as a list of links once the draft exists; the current one is marked. */
export function StepNav({ projectId, current }: { projectId?: number; current: StepSlug }) {
  return (
    <nav aria-label="Étapes du formulaire">
      <ol className="steps">
        {PROJECT_STEPS.map((step) => (
          <li key={step.slug} aria-current={step.slug === current ? 'step' : undefined}>
            {projectId && step.slug !== current ? (
              <a href={`/proposer-un-projet?projet=${projectId}&etape=${step.slug}`}>{step.title}</a>
            ) : (
              step.title
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}

function StepForm({ projectId, step, children }: { projectId?: number; step: StepSlug; children: React.ReactNode }) {
  return (
    <ActionForm action={saveStepAction} labels={LABELS}>
      <input type="hidden" name="projet" value={projectId ?? ''} />
      <input type="hidden" name="etape" value={step} />
      {children}
      <div className="form-actions">
        <button type="submit" name="apres" value="suivant">
          Enregistrer et continuer
        </button>
        <button type="submit" name="apres" value="rester" className="button-secondary">
          Enregistrer le brouillon
        </button>
      </div>
    </ActionForm>
  )
}

export function EstablishmentStep({
  project,
  results,
  query,
  structures,
  tips,
}: {
  project: Project | null
  results: Establishment[]
  query: string
  structures: Option[]
  tips: Tips
}) {
  const current = project?.establishment && typeof project.establishment === 'object' ? project.establishment : null
  const choices = [...(current ? [current] : []), ...results.filter((e) => e.id !== current?.id)]
  return (
    <>
      <form
        method="get"
        action="/proposer-un-projet"
        role="search"
        className="filters"
        aria-label="Rechercher l’établissement"
      >
        {project ? <input type="hidden" name="projet" value={project.id} /> : null}
        <input type="hidden" name="etape" value="etablissement" />
        <p>
          <label htmlFor="recherche">Rechercher l’établissement (code UAI, nom ou commune)</label>
          <input id="recherche" name="recherche" type="search" defaultValue={query} aria-describedby="recherche-aide" />
          <span id="recherche-aide" className="field__hint">
            Par exemple 0951234A, « Jean Jaurès » ou « Sarcelles ».
          </span>
        </p>
        <p>
          <button type="submit">Rechercher</button>
        </p>
      </form>
      {query && !results.length ? (
        <p role="status">
          Aucun établissement ne correspond à « {query} ». Vérifiez le code UAI ou essayez la commune.
        </p>
      ) : null}
      <StepForm projectId={project?.id} step="etablissement">
        {choices.length ? (
          <Choices
            name="establishment"
            type="radio"
            legend="Établissement"
            tip={tips.establishment}
            checked={[relId(project?.establishment)]}
            options={choices.map((e) => ({ value: String(e.id), label: `${e.name} — ${e.commune} (UAI ${e.uai})` }))}
          />
        ) : (
          <p>Recherchez d’abord votre établissement ci-dessus.</p>
        )}
        <Field
          name="structure"
          label="Structure bénéficiaire (qui recevra les fonds)"
          as="select"
          options={structures}
          defaultValue={relId(project?.structure)}
          tip={tips.structure}
          hint="Pour une école publique, en général la coopérative scolaire (OCCE) ; pour un collège ou un lycée, l’établissement lui-même (EPLE)."
        />
        <Field
          name="schoolHead.name"
          label="Nom de la direction de l’école"
          defaultValue={project?.schoolHead?.name}
          autoComplete="off"
        />
        <Field
          name="schoolHead.email"
          label="E-mail de la direction de l’école"
          type="email"
          inputMode="email"
          defaultValue={project?.schoolHead?.email}
          hint="Elle recevra un lien pour confirmer le projet au nom de l’école, une fois le projet approuvé par le GIP."
          tip={tips.schoolHead}
        />
      </StepForm>
    </>
  )
}

export function ProjectStep({ project, themes, tips }: { project: Project; themes: Option[]; tips: Tips }) {
  return (
    <StepForm projectId={project.id} step="projet">
      <Field
        name="title"
        label="Titre"
        required
        maxLength={120}
        defaultValue={project.title === DRAFT_TITLE ? '' : project.title}
        tip={tips.title}
      />
      <Field
        name="level"
        label="Niveau"
        as="select"
        options={[...PROJECT_LEVELS]}
        defaultValue={project.level}
        tip={tips.level}
      />
      <Field
        name="kind"
        label="Type de projet"
        as="select"
        options={[...PROJECT_KINDS]}
        defaultValue={project.kind}
        tip={tips.kind}
      />
      <Field
        name="nights"
        label="Nuitées (séjours)"
        type="number"
        inputMode="numeric"
        defaultValue={project.nights}
        tip={tips.nights}
      />
      <Field
        name="pupils"
        label="Élèves concernés"
        type="number"
        inputMode="numeric"
        defaultValue={project.pupils}
        tip={tips.pupils}
      />
      <Choices
        name="themes"
        type="checkbox"
        legend="Thématiques"
        options={themes}
        checked={(project.themes ?? []).map(relId)}
        tip={tips.themes}
      />
      <Field
        name="summary"
        label="Résumé"
        as="textarea"
        maxLength={300}
        defaultValue={project.summary}
        hint="300 caractères au plus ; il apparaît dans le catalogue."
        tip={tips.summary}
      />
      <Field
        name="description"
        label="Description"
        as="textarea"
        defaultValue={lexicalToText(project.description)}
        hint="Séparez les paragraphes par une ligne vide."
        tip={tips.description}
      />
      <Field
        name="pedagogicalGoals"
        label="Objectifs pédagogiques"
        as="textarea"
        maxLength={3000}
        defaultValue={project.pedagogicalGoals}
        tip={tips.pedagogicalGoals}
      />
      <Choices
        name="inclusive"
        type="checkbox"
        legend="Projet inclusif"
        options={[
          { value: 'on', label: 'Le projet inclut des élèves en situation de handicap ou en risque de décrochage' },
        ]}
        checked={project.inclusive ? ['on'] : []}
        tip={tips.inclusive}
      />
    </StepForm>
  )
}

type Row = { label?: string | null; [key: string]: unknown }

function Rows({
  name,
  legend,
  amountName,
  amountLabel,
  rows,
  tip,
}: {
  name: string
  legend: string
  amountName: string
  amountLabel: string
  rows: Row[]
  tip?: string | null
}) {
  const shown = [...rows, ...Array.from({ length: Math.max(2, 4 - rows.length) }, () => ({}) as Row)]
  return (
    <fieldset className="choices rows" id={`champ-${name}`} tabIndex={-1}>
      <legend>{legend}</legend>
      {tip ? <p className="field__tip">{tip}</p> : null}
      {shown.map((row, i) => (
        <div key={i} className="row">
          <Field name={`${name}.${i}.label`} label={`Libellé ${i + 1}`} defaultValue={row.label} />
          <Field
            name={`${name}.${i}.${amountName}`}
            label={`${amountLabel} ${i + 1} (€)`}
            inputMode="decimal"
            defaultValue={centsToInput(row[amountName] as number | null)}
          />
        </div>
      ))}
      <p className="field__hint">Laissez vides les lignes inutiles ; enregistrez pour en ajouter d’autres.</p>
    </fieldset>
  )
}

export function BudgetStep({ project, tips }: { project: Project; tips: Tips }) {
  return (
    <StepForm projectId={project.id} step="budget">
      <Rows
        name="budgetLines"
        legend="Budget du projet"
        amountName="amountCents"
        amountLabel="Montant"
        rows={project.budgetLines ?? []}
        tip={tips.budgetLines}
      />
      <Rows
        name="otherFunding"
        legend="Autres financements (mairie, foyer, familles…)"
        amountName="amountCents"
        amountLabel="Montant"
        rows={project.otherFunding ?? []}
        tip={tips.otherFunding}
      />
      <Field
        name="minimumGoalCents"
        label="Objectif minimum (€)"
        inputMode="decimal"
        defaultValue={centsToInput(project.minimumGoalCents)}
        hint="La somme sans laquelle le projet ne peut pas se faire ; 5 000 € au plus."
        tip={tips.minimumGoalCents}
      />
      <Field
        name="optimumGoalCents"
        label="Objectif optimum (€)"
        inputMode="decimal"
        defaultValue={centsToInput(project.optimumGoalCents)}
        hint="Le GIP conseille au plus deux fois le minimum."
        tip={tips.optimumGoalCents}
      />
      <Choices
        name="stopAtOptimum"
        type="checkbox"
        legend="Fin de la collecte"
        options={[{ value: 'on', label: 'Arrêter la collecte quand l’objectif optimum est atteint' }]}
        checked={project.stopAtOptimum === false ? [] : ['on']}
        tip={tips.stopAtOptimum}
      />
      <Rows
        name="counterparts"
        legend="Contreparties proposées aux entreprises (facultatif)"
        amountName="estimatedValueCents"
        amountLabel="Valeur estimée"
        rows={project.counterparts ?? []}
        tip={tips.counterparts}
      />
    </StepForm>
  )
}

export function DatesStep({ project, tips }: { project: Project; tips: Tips }) {
  return (
    <StepForm projectId={project.id} step="dates">
      <p>
        La collecte dure de 15 à 90 jours. Elle ouvre à la date de début si le GIP et la direction de l’école ont validé
        le projet.
      </p>
      <Field
        name="startDate"
        label="Début de la collecte"
        type="date"
        defaultValue={project.startDate}
        hint="Format JJ/MM/AAAA."
        tip={tips.startDate}
      />
      <Field
        name="endDate"
        label="Fin de la collecte"
        type="date"
        defaultValue={project.endDate}
        hint="Format JJ/MM/AAAA."
        tip={tips.endDate}
      />
    </StepForm>
  )
}

function PictureUpload({
  project,
  role,
  legend,
  tip,
}: {
  project: Project
  role: 'cover' | 'gallery'
  legend: string
  tip?: string | null
}) {
  return (
    <ActionForm action={addPictureAction} labels={LABELS}>
      <h2>{legend}</h2>
      <input type="hidden" name="projet" value={project.id} />
      <input type="hidden" name="role" value={role} />
      <Field
        name={`${role}File`}
        label="Image"
        type="file"
        hint="JPEG, PNG ou WebP, 5 Mo au plus. Pas de visage d’élève reconnaissable sans autorisation des familles."
        tip={tip}
      />
      <Field name={`${role}Alt`} label="Texte alternatif (ce que montre l’image)" required maxLength={250} />
      <div className="form-actions">
        <button type="submit">{role === 'cover' ? 'Enregistrer la photo principale' : 'Ajouter à la galerie'}</button>
      </div>
    </ActionForm>
  )
}

export function PhotosStep({ project, tips }: { project: Project; tips: Tips }) {
  const pictures = [project.cover, ...(project.gallery ?? [])].filter(
    (p): p is ProjectPicture => Boolean(p) && typeof p === 'object',
  )
  return (
    <>
      {pictures.length ? (
        <ul className="cards">
          {pictures.map((picture) => (
            <li key={picture.id} className="card">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={picture.sizes?.card?.url ?? picture.url ?? ''}
                alt={picture.alt}
                width={320}
                height={200}
                style={{ width: '100%', height: 'auto' }}
              />
              <p>
                {picture === project.cover ? 'Photo principale' : 'Galerie'} — « {picture.alt} »
              </p>
              <form action={removePictureAction}>
                <input type="hidden" name="projet" value={project.id} />
                <input type="hidden" name="photo" value={picture.id} />
                <button type="submit" className="button-secondary">
                  Retirer<span className="sr-only"> la photo « {picture.alt} »</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucune photo pour l’instant. Un projet avec une photo est bien plus souvent soutenu.</p>
      )}
      <PictureUpload project={project} role="cover" legend="Photo principale" tip={tips.cover} />
      <PictureUpload project={project} role="gallery" legend="Galerie (6 photos au plus)" tip={tips.gallery} />
      <p>
        <a href={`/proposer-un-projet?projet=${project.id}&etape=relecture`}>Continuer vers la relecture</a>
      </p>
    </>
  )
}

export function ReviewStep({ project, now }: { project: Project; now: Date }) {
  const problems = checkSubmission(project, now)
  const establishment = typeof project.establishment === 'object' ? project.establishment : null
  const resubmission = project.status === 'changes_requested'
  return (
    <>
      <dl className="review">
        <dt>Établissement</dt>
        <dd>{establishment ? `${establishment.name} (${establishment.commune})` : '—'}</dd>
        <dt>Titre</dt>
        <dd>{project.title}</dd>
        <dt>Résumé</dt>
        <dd>{project.summary ?? '—'}</dd>
        <dt>Niveau et type</dt>
        <dd>
          {labelOf(PROJECT_LEVELS, project.level)} · {labelOf(PROJECT_KINDS, project.kind)}
        </dd>
        <dt>Objectifs</dt>
        <dd>
          minimum {project.minimumGoalCents != null ? formatEuros(project.minimumGoalCents) : '—'}, optimum{' '}
          {project.optimumGoalCents != null ? formatEuros(project.optimumGoalCents) : '—'}
        </dd>
        <dt>Collecte</dt>
        <dd>
          {project.startDate && project.endDate
            ? `du ${formatDate(project.startDate)} au ${formatDate(project.endDate)}`
            : '—'}
        </dd>
      </dl>
      {problems.length ? (
        <div className="error-summary">
          <h2>Avant d’envoyer le projet, complétez :</h2>
          <ul>
            {problems.map((p) => (
              <li key={p.path + p.message}>
                <a
                  href={`/proposer-un-projet?projet=${project.id}&etape=${STEP_OF_FIELD[p.path as keyof typeof STEP_OF_FIELD] ?? 'projet'}`}
                >
                  {LABELS[p.path] ?? p.path}
                </a>{' '}
                : {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ActionForm action={submitAction} labels={LABELS}>
        <input type="hidden" name="projet" value={project.id} />
        <input type="hidden" name="vers" value={resubmission ? 'in_review' : 'submitted'} />
        <p>
          Une fois envoyé, le projet est relu par le GIP ; vous ne pourrez plus le modifier, sauf si le GIP vous demande
          des modifications.
        </p>
        <div className="form-actions">
          <button type="submit">{resubmission ? 'Renvoyer le projet au GIP' : 'Envoyer le projet au GIP'}</button>
        </div>
      </ActionForm>
    </>
  )
}
