/**
 * Demo content of the two sites, in Markdown (converted to rich text by the seed). Figures come
 * from the GIP's 2023 activity report (shared/data/activity-report-2023.md).
 */
import type { AccessibilityDeclaration, LegalNotice } from '@/domain/sites/legal-pages'

import type { SitePagesSeed } from './sites'
import { HOW_IT_WORKS, PLACEHOLDER_PAGES, accessibilityDeclaration, legalNotice } from './skeleton-pages'

export const projetsPages: SitePagesSeed = {
  accueil: {
    title: 'Financez les projets des classes',
    intro:
      'Des enseignants proposent des projets pour leurs élèves ; particuliers et entreprises les financent. Les fonds sont versés à l’école lorsque l’objectif minimum est atteint.',
    // The key figures are live (the home page reads them from the database), not written here.
    markdown: `${HOW_IT_WORKS}
Une commission de 6,5 % est prélevée uniquement sur les campagnes réussies : une collecte qui échoue ne coûte rien à personne.
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
  aide: PLACEHOLDER_PAGES.projets.aide,
}

export const parentalitePages: SitePagesSeed = {
  accueil: {
    title: 'Parentalité et Numérique',
    intro:
      'Accompagner les parents face au numérique, avec les écoles et les acteurs locaux des Territoires numériques éducatifs.',
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
  aide: PLACEHOLDER_PAGES.parentalite.aide,
}

/** The demo's accessibility declaration and legal notice (site settings): an audit with its non-conformities, and a complete notice. */
export function demoLegalSettings(contactEmail: string): {
  accessibility: AccessibilityDeclaration
  legalNotice: LegalNotice
} {
  return {
    accessibility: {
      establishedOn: '2026-11-27',
      auditDate: '2026-11-20',
      auditor: 'Audit interne du GIP (grille RGAA 4.1, 106 critères)',
      conformityRate: 87,
      sample: [
        { title: 'Accueil', url: '/' },
        { title: 'Aide', url: '/aide' },
        { title: 'Contact', url: '/contact' },
        { title: 'Mentions légales', url: '/mentions-legales' },
        { title: 'Plan du site', url: '/plan-du-site' },
        { title: 'Recherche', url: '/recherche' },
        { title: 'Actualités', url: '/actualites' },
      ],
      nonConformities: [
        {
          text: 'Les graphiques des chiffres clés n’ont pas de description détaillée au-delà de leur tableau de données (critère 1.6).',
        },
        { text: 'Certains documents PDF anciens ne sont pas balisés (critère 13.3).' },
      ],
      derogations: [],
      exemptions: [
        { text: 'Les documents bureautiques publiés avant le 23 septembre 2018.' },
        { text: 'Les cartes interactives, dont une liste équivalente est toujours proposée.' },
      ],
      contactEmail,
      contactUrl: '/contact',
      technologies: 'HTML5, CSS, JavaScript (React, Next.js)',
      testEnvironment: 'Chromium et Firefox récents, avec NVDA et Orca',
      tools: 'axe-core, vérifications manuelles',
    } as AccessibilityDeclaration,
    legalNotice: {
      publisherName: 'GIP Éducation et Numérique (démonstration)',
      publisherStatus: 'Groupement d’intérêt public',
      publisherAddress: '12 rue de l’Exemple, 75007 Paris',
      publisherContact: `01 23 45 67 89 · ${contactEmail}`,
      directorName: 'Claire Dupont',
      directorRole: 'Directrice du GIP',
      hostName: 'Hébergeur Exemple SAS',
      hostAddress: '2 rue du Serveur, 59000 Lille',
      hostContact: '03 20 00 00 00',
    },
  }
}
