/**
 * The pages every site starts with in production (`npm run migrate`), in Markdown: neutral text
 * that holds true on the first day, with what only the GIP can write marked « à compléter ». The
 * pages are created with `placeholder: true`, shown as « Texte provisoire » in the admin until an
 * editor unticks it. Blocks listing content (projects, news, articles, kits) show nothing while
 * there is nothing to list.
 */
import type { SiteKey, SitePagesSeed } from './sites'

export function accessibilityDeclaration(siteName: string, establishedOn: string): { title: string; intro: string; markdown: string } {
  return {
    title: 'Déclaration d’accessibilité',
    intro: `Le GIP s’engage à rendre le site « ${siteName} » accessible conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.`,
    markdown: `## État de conformité

Le site « ${siteName} » est **partiellement conforme** avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1, en raison des non-conformités et des dérogations énumérées ci-dessous.

## Résultats des tests

Un audit interne automatisé (axe-core, règles WCAG 2.1 AA et RGAA) est exécuté sur chaque page publique à chaque modification du code. Un audit complet par un organisme indépendant est prévu ; ses résultats seront publiés ici.

## Contenus non accessibles

### Non-conformités

- Aucune non-conformité connue à ce jour ; l’audit complet pourra en révéler.

### Dérogations pour charge disproportionnée

- Aucune.

### Contenus non soumis à l’obligation d’accessibilité

- Les documents bureautiques publiés avant le 23 septembre 2018.
- Les cartes interactives, dont une liste équivalente est toujours proposée.

## Établissement de cette déclaration d’accessibilité

Cette déclaration a été établie le ${establishedOn}.

### Technologies utilisées pour la réalisation du site

- HTML5, CSS, JavaScript (React, Next.js)

### Environnement de test

- Chromium et Firefox récents, avec NVDA et Orca

### Outils pour évaluer l’accessibilité

- axe-core, vérifications manuelles

## Retour d’information et contact

Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du site par la page [Contact](/contact) pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.

## Voies de recours

Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou une fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des droits :

- écrire un message au Défenseur des droits via son formulaire en ligne ;
- contacter le délégué du Défenseur des droits dans votre région ;
- envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
`,
  }
}

export function legalNotice(siteName: string): { title: string; intro: string; markdown: string } {
  return {
    title: 'Mentions légales',
    intro: `Informations légales relatives au site « ${siteName} ».`,
    markdown: `## Éditeur

Le site est édité par le groupement d’intérêt public (GIP) qui porte les programmes de financement participatif de projets scolaires et « Parentalité et Numérique » des Territoires numériques éducatifs.

Directeur de la publication : le directeur du GIP.

## Hébergement

Le site est hébergé en France par un prestataire choisi par le GIP ; ses coordonnées sont communiquées sur simple demande par la page [Contact](/contact).

## Données personnelles

Les données collectées sont traitées par le GIP pour les seules finalités du service. Vous pouvez consulter, exporter et faire effacer vos données depuis votre espace. Les pièces que la loi impose de conserver le sont pour la durée légale, puis traitées automatiquement, chaque jour, à son terme :

- **reçus fiscaux** : 6 ans après la fin de l’année de leur émission (livre des procédures fiscales, article L102 B). Le fichier PDF du reçu est alors supprimé ; le reçu reste enregistré (numéro, montant) pour la continuité de la numérotation.
- **pièces comptables des dons** : 10 ans après la clôture de l’exercice au cours duquel le don a été réglé, soit au plus tard le 31 décembre de la onzième année après le don (Code de commerce, article L123-22). Si vous avez effacé votre compte, votre identité (nom, prénom, adresse postale, adresse électronique) et votre message sont alors anonymisés automatiquement sur vos dons et sur leurs reçus ; restent le montant, la date et le projet (et, pour une entreprise, sa raison sociale, son SIREN et sa commune).

Pour exercer vos droits, utilisez la page [Contact](/contact) ; vous pouvez aussi saisir la CNIL.

## Accessibilité

Voir la [déclaration d’accessibilité](/accessibilite).
`,
  }
}

const TO_COMPLETE = '(date à compléter)'

/** The crowdfunding site's "how it works", true on the first day (the demo home page adds 2023's figures). */
export const HOW_IT_WORKS = `## Comment ça marche

1. Un enseignant dépose le projet de sa classe ; le GIP le relit et la direction de l’école le confirme.
2. La collecte est ouverte pendant 15 à 90 jours.
3. Si l’objectif minimum est atteint, les fonds sont versés à la structure qui reçoit les dons de l’école (coopérative scolaire, établissement, association) ; sinon chaque donateur est remboursé ou son don rejoint le fonds solidaire, selon son choix.
`

const contact = (subject: string) => ({
  title: 'Contact',
  intro: `Une question ${subject} ? Écrivez à l’équipe du GIP.`,
  markdown: `## Nous écrire

Les coordonnées de l’équipe (adresse électronique, adresse postale) sont à compléter ici.

Nous répondons sous cinq jours ouvrés.
`,
})

export const PLACEHOLDER_PAGES: Record<SiteKey, SitePagesSeed> = {
  projets: {
    accueil: {
      title: 'Financez les projets des classes',
      intro: 'Des enseignants proposent des projets pour leurs élèves ; particuliers et entreprises les financent. Les fonds sont versés à l’école lorsque l’objectif minimum est atteint.',
      // The home page itself shows the campaigns to support, the live figures and the calls to action.
      markdown: HOW_IT_WORKS,
      layout: [],
    },
    contact: contact('sur un projet, un don ou un reçu fiscal'),
    'mentions-legales': legalNotice('Projets d’école'),
    accessibilite: accessibilityDeclaration('Projets d’école', TO_COMPLETE),
    aide: {
      title: 'Aide',
      intro: 'Les réponses aux questions les plus fréquentes des donateurs et des enseignants.',
      markdown: '',
      layout: [
        {
          blockType: 'faq',
          heading: 'Questions fréquentes',
          items: [
            { question: 'Comment faire un don ?', answer: 'Choisissez un projet en collecte, puis « Faire un don ». Le paiement a lieu sur une page sécurisée de notre prestataire : vos données bancaires ne transitent pas par ce site.' },
            { question: 'Que devient mon don si l’objectif n’est pas atteint ?', answer: 'Vous êtes remboursé intégralement, sans frais, ou votre don rejoint le fonds solidaire, selon le choix fait lors du don.' },
            { question: 'Vais-je recevoir un reçu fiscal ?', answer: 'Oui, si vous l’avez demandé : la structure qui reçoit les fonds l’émet une fois la collecte réussie. Vous le téléchargez depuis votre espace.' },
            { question: 'Comment proposer le projet de ma classe ?', answer: 'Créez votre compte avec votre adresse académique, puis remplissez le formulaire « Proposer un projet ». Le GIP relit chaque projet avant sa publication.' },
          ],
        },
      ],
    },
  },
  parentalite: {
    accueil: {
      title: 'Parentalité et Numérique',
      intro: 'Accompagner les parents face au numérique, avec les écoles et les acteurs locaux des Territoires numériques éducatifs.',
      markdown: `## Le programme

Dans les départements des Territoires numériques éducatifs, des structures de coordination signent des conventions avec des partenaires locaux qui animent des ateliers pour les parents. Des médiateurs sont formés et des ressources clés en main sont mises à disposition.
`,
      layout: [
        { blockType: 'latest', heading: 'Carte blanche à…', kind: 'expert-articles', count: 3 },
        { blockType: 'latest', heading: 'Ressources clés en main', kind: 'workshop-kits', count: 3 },
        { blockType: 'callToAction', heading: 'Trouver un atelier près de chez vous', text: 'Les ateliers pour les parents sont annoncés dans l’agenda.', link: { label: 'Voir l’agenda', url: '/agenda' } },
      ],
    },
    contact: contact('sur les ateliers ou les partenariats'),
    'mentions-legales': legalNotice('Parentalité et Numérique'),
    accessibilite: accessibilityDeclaration('Parentalité et Numérique', TO_COMPLETE),
    aide: {
      title: 'Aide',
      intro: 'Les réponses aux questions les plus fréquentes des parents et des partenaires.',
      markdown: '',
      layout: [
        {
          blockType: 'faq',
          heading: 'Questions fréquentes',
          items: [
            { question: 'Comment participer à un atelier ?', answer: 'Consultez l’agenda : chaque atelier indique sa date, son lieu et son public. La participation est gratuite.' },
            { question: 'Comment organiser un atelier dans ma commune ?', answer: 'Associations, communes et écoles peuvent contacter la structure de coordination de leur département, présentée sur la page de chaque territoire.' },
            { question: 'Puis-je réutiliser les ressources ?', answer: 'Oui : les ressources clés en main sont faites pour être utilisées par les animateurs d’ateliers et les équipes éducatives.' },
          ],
        },
      ],
    },
  },
}
