/**
 * Demo content of the two sites, in Markdown (converted to rich text by the seed). Figures come
 * from the GIP's 2023 activity report (shared/data/activity-report-2023.md).
 */
import type { Page } from '@/payload-types'

export type SitePagesSeed = Record<'accueil' | 'contact' | 'mentions-legales' | 'accessibilite', { title: string; intro: string; markdown: string; layout?: Page['layout'] }>

function accessibilityDeclaration(siteName: string): { title: string; intro: string; markdown: string } {
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

Cette déclaration a été établie le 27 novembre 2026.

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

function legalNotice(siteName: string): { title: string; intro: string; markdown: string } {
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

export const projetsPages: SitePagesSeed = {
  accueil: {
    title: 'Financez les projets des classes',
    intro: 'Des enseignants proposent des projets pour leurs élèves ; particuliers et entreprises les financent. Les fonds sont versés à l’école lorsque l’objectif minimum est atteint.',
    markdown: `## Comment ça marche

1. Un enseignant dépose le projet de sa classe ; le GIP le relit et la direction de l’école le confirme.
2. La collecte est ouverte pendant 15 à 90 jours.
3. Si l’objectif minimum est atteint, les fonds sont versés à la structure qui reçoit les dons de l’école (coopérative scolaire, établissement, association) ; sinon chaque donateur est remboursé ou son don rejoint le fonds solidaire, selon son choix.

## En 2023

- **1 042** campagnes menées à leur terme, dont **94 %** ont atteint leur objectif minimum ;
- **1,37 million d’euros** collectés auprès de **21 925** donateurs (don moyen : 57 €) ;
- **436** projets labellisés « Courte Échelle » pour les écoles de l’éducation prioritaire, les lycées professionnels et les écoles rurales isolées.

Une commission de 6,5 % est prélevée uniquement sur les campagnes réussies.
`,
    layout: [{ blockType: 'latest', heading: 'Actualités', kind: 'news', count: 2 }],
  },
  contact: {
    title: 'Contact',
    intro: 'Une question sur un projet, un don ou un reçu fiscal ? Écrivez-nous.',
    markdown: `## Nous écrire

Par courriel : [contact-projets@portail.example](mailto:contact-projets@portail.example). Nous répondons sous cinq jours ouvrés.

## Enseignants

Avant de déposer un projet, consultez les conseils de rédaction affichés à côté de chaque champ du formulaire.
`,
  },
  'mentions-legales': legalNotice('Projets d’école'),
  accessibilite: accessibilityDeclaration('Projets d’école'),
}

export const parentalitePages: SitePagesSeed = {
  accueil: {
    title: 'Parentalité et Numérique',
    intro: 'Accompagner les parents face au numérique, avec les écoles et les acteurs locaux des Territoires numériques éducatifs.',
    markdown: `## Le programme

Dans 12 départements, les structures de coordination signent des conventions avec des partenaires locaux — associations, communes, intercommunalités, conseil départemental — qui animent des ateliers pour les parents. Des médiateurs sont formés, et des ressources clés en main sont mises à disposition.

## En 2023

- **56** conventions signées avec 46 associations, 4 communes, 5 communautés de communes et 1 conseil départemental ;
- **187** médiateurs formés et **268** professionnels engagés dans le parcours de formation ;
- **187** ateliers et **2 536** parents accueillis dans les deux départements pilotes, l’Aisne et le Val-d’Oise.

## Les territoires

Pilotes (2020–2024) : Aisne, Val-d’Oise. Extension (2022–2026) : Bouches-du-Rhône, Cher, Corse-du-Sud, Doubs, Finistère, Guadeloupe, Hérault, Isère, Vienne, Vosges.
`,
    layout: [
      { blockType: 'latest', heading: 'Carte blanche à…', kind: 'expert-articles', count: 3 },
      { blockType: 'latest', heading: 'Ressources clés en main', kind: 'workshop-kits', count: 3 },
      {
        blockType: 'callToAction',
        heading: 'Organiser un atelier près de chez vous',
        text: 'Associations, communes, écoles : les coordinateurs départementaux vous accompagnent.',
        link: { label: 'Contacter l’équipe', url: '/contact' },
      },
    ],
  },
  contact: {
    title: 'Contact',
    intro: 'Vous souhaitez organiser un atelier ou devenir partenaire ? Contactez l’équipe.',
    markdown: `## Nous écrire

Par courriel : [parentalite@portail.example](mailto:parentalite@portail.example).

Les coordinateurs départementaux vous orientent vers les ateliers proches de chez vous.
`,
  },
  'mentions-legales': legalNotice('Parentalité et Numérique'),
  accessibilite: accessibilityDeclaration('Parentalité et Numérique'),
}
