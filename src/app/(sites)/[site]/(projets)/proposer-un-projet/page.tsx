import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { hasRole } from '@/domain/access/roles'
import { PROJECT_STEPS, type StepSlug, isStep } from '@/domain/projects/form-steps'
import { PROJECT_STATUS_LABELS } from '@/domain/projects/status'
import { currentUser } from '@/services/auth/session'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import {
  editingTips,
  searchEstablishments,
  structureChoices,
  themeChoices,
} from '@/services/projects/project-form-data'
import { findOwnProject, isEditable } from '@/services/projects/teacher-projects'
import {
  BudgetStep,
  DatesStep,
  EstablishmentStep,
  PhotosStep,
  ProjectStep,
  ReviewStep,
  StepNav,
} from '@/ui/project-form/ProjectSteps'

export const metadata: Metadata = { title: 'Proposer un projet', robots: { index: false } }

type Props = { searchParams: Promise<{ projet?: string; etape?: string; recherche?: string; enregistre?: string }> }

/** The teacher's project form: one step per page, each saved as a draft (works without JavaScript). */
export default async function ProposeProjectPage({ searchParams }: Props) {
  const query = await searchParams
  const user = await currentUser()
  if (!user) redirect(`/connexion?suite=${encodeURIComponent('/proposer-un-projet')}`)
  if (!hasRole(user, 'teacher')) {
    return (
      <>
        <h1>Proposer un projet</h1>
        <p>Les projets sont proposés par les enseignants, avec un compte créé à partir de leur adresse académique.</p>
        <p>
          <a href="/inscription">Créer un compte enseignant</a>
        </p>
      </>
    )
  }
  const payload = await getPayloadOrUnavailable()
  const projectId = Number(query.projet)
  const project = Number.isInteger(projectId) && projectId > 0 ? await findOwnProject(payload, user, projectId) : null
  if (query.projet && !project) notFound()
  const step: StepSlug = project && isStep(query.etape) ? query.etape : 'etablissement'
  const title = PROJECT_STEPS.find((s) => s.slug === step)!.title

  if (project && !isEditable(project)) {
    return (
      <>
        <h1>{project.title}</h1>
        <p>
          Ce projet est « {PROJECT_STATUS_LABELS[project.status]} » : il ne peut plus être modifié.{' '}
          <a href="/mon-espace">Retour à mon espace</a>
        </p>
      </>
    )
  }

  const tips = await editingTips(payload)
  let content: React.ReactNode
  if (step === 'etablissement' || !project) {
    const establishment =
      project?.establishment && typeof project.establishment === 'object' ? project.establishment : null
    const department = establishment
      ? typeof establishment.department === 'object'
        ? establishment.department.id
        : establishment.department
      : null
    const [results, structures] = await Promise.all([
      searchEstablishments(payload, query.recherche ?? ''),
      structureChoices(payload, department),
    ])
    content = (
      <EstablishmentStep
        project={project}
        results={results}
        query={query.recherche ?? ''}
        structures={structures}
        tips={tips}
      />
    )
  } else if (step === 'projet')
    content = <ProjectStep project={project} themes={await themeChoices(payload)} tips={tips} />
  else if (step === 'budget') content = <BudgetStep project={project} tips={tips} />
  else if (step === 'dates') content = <DatesStep project={project} tips={tips} />
  else if (step === 'photos') content = <PhotosStep project={project} tips={tips} />
  else content = <ReviewStep project={project} now={new Date()} />

  return (
    <>
      <h1>
        {project ? `Mon projet : ${project.title}` : 'Proposer un projet'} — {title}
      </h1>
      <StepNav projectId={project?.id} current={step} />
      {query.enregistre ? (
        <p className="notice" role="status">
          Brouillon enregistré.
        </p>
      ) : null}
      <p>
        Les champs marqués d’un astérisque (*) sont obligatoires. Chaque étape est enregistrée comme brouillon : vous
        pouvez revenir plus tard.
      </p>
      {content}
    </>
  )
}
