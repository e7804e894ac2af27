import Link from 'next/link'

import { conformityStatus } from '@/domain/sites/legal-pages'
import { typeset } from '@/domain/text/typography'
import type { SiteSetting } from '@/payload-types'
import { formatDate } from '@/ui/format'

type Declaration = NonNullable<SiteSetting['accessibility']>

const rateFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 })
const day = (iso: string) => formatDate(iso.slice(0, 10))
const texts = (items: { text?: string | null }[] | null | undefined) =>
  (items ?? []).map((item) => item.text?.trim()).filter((text): text is string => Boolean(text))

function List({ items, empty }: { items: React.ReactNode[]; empty: string }) {
  return items.length ? (
    <ul>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  ) : (
    <p>{empty}</p>
  )
}

/**
 * The accessibility declaration in the model's order (RGAA 4.1): state of conformity derived from
 * the audit's rate, test results and sample, non-accessible content, establishment, contact, and
 * the remedies with the Défenseur des droits' links.
 */
export function AccessibilityDeclarationView({
  siteName,
  siteUrl,
  declaration,
}: {
  siteName: string
  siteUrl: string
  declaration: Declaration | null | undefined
}) {
  const d = declaration ?? {}
  const status = conformityStatus(d.conformityRate, d.auditDate)
  const audited = Boolean(d.auditDate) && d.conformityRate !== null && d.conformityRate !== undefined
  const nonConformities = texts(d.nonConformities)
  const derogations = (d.derogations ?? []).filter((x) => x.text?.trim())
  const exemptions = texts(d.exemptions)
  const sample = (d.sample ?? []).filter((page) => page.title && page.url)
  return (
    <>
      <p>
        Cette déclaration d’accessibilité s’applique au site {typeset(`« ${siteName} »`)} (
        <a href={siteUrl}>{siteUrl.replace(/^https?:\/\//, '')}</a>).
      </p>
      <h2>État de conformité</h2>
      <p>
        Le site {typeset(`« ${siteName} »`)} est <strong>{status}</strong> avec le référentiel général d’amélioration de
        l’accessibilité (RGAA), version 4.1
        {audited
          ? status === 'totalement conforme'
            ? '.'
            : ', en raison des non-conformités et des dérogations énumérées ci-dessous.'
          : ' : aucun audit de conformité n’a encore été réalisé.'}
      </p>
      <h2>Résultats des tests</h2>
      {audited ? (
        <>
          <p>
            {typeset(
              `L’audit de conformité réalisé le ${day(d.auditDate!)} par ${d.auditor} révèle que ${rateFormat.format(d.conformityRate!)} % des critères du RGAA version 4.1 sont respectés.`,
            )}
          </p>
          <h3>Échantillon audité</h3>
          <List
            items={sample.map((page) => (
              <>
                {page.title}
                {'\u00a0'}: <a href={page.url!}>{page.url}</a>
              </>
            ))}
            empty="Échantillon non précisé."
          />
        </>
      ) : (
        <p>Aucun audit de conformité n’a encore été réalisé ; ses résultats seront publiés ici.</p>
      )}
      <h2>Contenus non accessibles</h2>
      <h3>Non-conformités</h3>
      <List
        items={nonConformities.map(typeset)}
        empty={audited ? 'L’audit n’a relevé aucune non-conformité.' : 'Elles seront connues après l’audit.'}
      />
      <h3>Dérogations pour charge disproportionnée</h3>
      <List items={derogations.map((x) => typeset(`${x.text} : ${x.reason ?? ''}`))} empty="Aucune." />
      <h3>Contenus non soumis à l’obligation d’accessibilité</h3>
      <List items={exemptions.map(typeset)} empty="Aucun." />
      <h2>Établissement de cette déclaration d’accessibilité</h2>
      <p>
        {d.establishedOn
          ? `Cette déclaration a été établie le ${day(d.establishedOn)}.`
          : 'Cette déclaration n’a pas encore été établie.'}
      </p>
      {d.technologies ? (
        <>
          <h3>Technologies utilisées pour la réalisation du site</h3>
          <p>{d.technologies}</p>
        </>
      ) : null}
      {d.testEnvironment ? (
        <>
          <h3>Environnement de test</h3>
          <p>{d.testEnvironment}</p>
        </>
      ) : null}
      {d.tools ? (
        <>
          <h3>Outils pour évaluer l’accessibilité</h3>
          <p>{d.tools}</p>
        </>
      ) : null}
      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du site pour
        être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme{'\u00a0'}:
      </p>
      <ul>
        {d.contactEmail ? (
          <li>
            par courriel{'\u00a0'}: <a href={`mailto:${d.contactEmail}`}>{d.contactEmail}</a>
          </li>
        ) : null}
        <li>
          par la page <Link href={d.contactUrl?.startsWith('/') ? d.contactUrl : '/contact'}>Contact</Link>
          {d.contactUrl && !d.contactUrl.startsWith('/') ? (
            <>
              {' '}
              ou le formulaire <a href={d.contactUrl}>{d.contactUrl}</a>
            </>
          ) : null}
          .
        </li>
      </ul>
      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou une fonctionnalité du site,
        que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de
        faire parvenir vos doléances ou une demande de saisine au Défenseur des droits. Plusieurs moyens sont à votre
        disposition{'\u00a0'}:
      </p>
      <ul>
        <li>
          écrire un message au Défenseur des droits{' '}
          <a href="https://formulaire.defenseurdesdroits.fr/">via son formulaire en ligne</a>
          {'\u00a0'};
        </li>
        <li>
          contacter{' '}
          <a href="https://www.defenseurdesdroits.fr/saisir/delegues">
            le délégué du Défenseur des droits dans votre région
          </a>
          {'\u00a0'};
        </li>
        <li>
          envoyer un courrier par la poste (gratuit, ne pas mettre de timbre){'\u00a0'}: Défenseur des droits, Libre
          réponse 71120, 75342 Paris CEDEX 07.
        </li>
      </ul>
    </>
  )
}
