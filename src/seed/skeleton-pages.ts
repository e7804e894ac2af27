/**
 * The pages every site starts with in production (`npm run migrate`), in Markdown: neutral text
 * that holds true on the first day, with what only the GIP can write marked « à compléter ». The
 * pages are created with `placeholder: true`, shown as « Texte provisoire » in the admin until an
 * editor unticks it. Blocks listing content (projects, news, articles, kits) show nothing while
 * there is nothing to list.
 */
import type { SiteKind } from '@/domain/sites/kinds'
import type { AccessibilityDeclaration, LegalNotice } from '@/domain/sites/legal-pages'
import type { SiteSetting } from '@/payload-types'

import type { SitePagesSeed } from './sites'

const TO_COMPLETE = '(à compléter)'

/**
 * The site settings' legal sections on the first day: a declaration without audit (so "non
 * conforme", as the RGAA requires until an audit is done) and a legal notice whose names the GIP
 * completes. Both satisfy the required sections, so the pages are valid from the start.
 */
export function legalSettings(today: string): {
  accessibility: AccessibilityDeclaration &
    Pick<NonNullable<SiteSetting['accessibility']>, 'technologies' | 'testEnvironment' | 'tools'>
  legalNotice: LegalNotice
} {
  return {
    accessibility: {
      establishedOn: today,
      contactUrl: '/contact',
      exemptions: [{ text: 'Les documents bureautiques publiés avant le 23 septembre 2018.' }],
      technologies: 'HTML5, CSS, JavaScript (React, Next.js)',
      testEnvironment: 'Chromium et Firefox récents, avec NVDA et Orca',
      tools: 'axe-core, vérifications manuelles',
    },
    legalNotice: {
      publisherName: `Groupement d’intérêt public ${TO_COMPLETE}`,
      publisherStatus: 'Groupement d’intérêt public',
      publisherAddress: `Adresse ${TO_COMPLETE}`,
      publisherContact: `Téléphone ${TO_COMPLETE}`,
      directorName: `Le directeur ou la directrice du GIP ${TO_COMPLETE}`,
      directorRole: 'Directeur ou directrice du GIP',
      hostName: `Hébergeur ${TO_COMPLETE}`,
      hostAddress: `Adresse ${TO_COMPLETE}`,
      hostContact: `Téléphone ${TO_COMPLETE}`,
    },
  }
}

/**
 * The accessibility declaration's page: its sections come from the site settings (structured,
 * checked: src/domain/sites/legal-pages.ts); the page holds only the lead and any addition.
 */
export function accessibilityDeclaration(siteName: string): { title: string; intro: string; markdown: string } {
  return {
    title: 'Déclaration d’accessibilité',
    intro: `Le GIP s’engage à rendre le site « ${siteName} » accessible conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.`,
    markdown: '',
  }
}

/** The legal notice's page: publisher, publication director and host come from the site settings; the page adds personal data. */
export function legalNotice(siteName: string): { title: string; intro: string; markdown: string } {
  return {
    title: 'Mentions légales',
    intro: `Informations légales relatives au site « ${siteName} ».`,
    markdown: `## Données personnelles

Les données collectées sont traitées par le GIP pour les seules finalités du service. Vous pouvez consulter, exporter et faire effacer vos données depuis votre espace. Les pièces que la loi impose de conserver le sont pour la durée légale, puis traitées automatiquement, chaque jour, à son terme :

- **reçus fiscaux** : 6 ans après la fin de l’année de leur émission (livre des procédures fiscales, article L102 B). Le fichier PDF du reçu est alors supprimé ; le reçu reste enregistré (numéro, montant) pour la continuité de la numérotation.
- **pièces comptables des dons** : 10 ans après la clôture de l’exercice au cours duquel le don a été réglé, soit au plus tard le 31 décembre de la onzième année après le don (Code de commerce, article L123-22). Si vous avez effacé votre compte, votre identité (nom, prénom, adresse postale, adresse électronique) et votre message sont alors anonymisés automatiquement sur vos dons et sur leurs reçus ; restent le montant, la date et le projet (et, pour une entreprise, sa raison sociale, son SIREN et sa commune).

Pour exercer vos droits, utilisez la page [Contact](/contact) ; vous pouvez aussi saisir la CNIL.

## Accessibilité

Voir la [déclaration d’accessibilité](/accessibilite).
`,
  }
}

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

export const PLACEHOLDER_PAGES: Record<SiteKind, SitePagesSeed> = {
  projets: {
    accueil: {
      title: 'Financez les projets des classes',
      intro:
        'Des enseignants proposent des projets pour leurs élèves ; particuliers et entreprises les financent. Les fonds sont versés à l’école lorsque l’objectif minimum est atteint.',
      // The home page itself shows the campaigns to support, the live figures and the calls to action.
      markdown: HOW_IT_WORKS,
      layout: [],
    },
    contact: contact('sur un projet, un don ou un reçu fiscal'),
    'mentions-legales': legalNotice('Projets d’école'),
    accessibilite: accessibilityDeclaration('Projets d’école'),
    aide: {
      title: 'Aide',
      intro:
        'Les réponses aux questions les plus fréquentes des donateurs, des enseignants et des parents d’élèves. Une autre question ? Écrivez-nous par la page Contact.',
      markdown: '',
      layout: [
        {
          blockType: 'faq',
          heading: 'Vous donnez',
          items: [
            {
              question: 'Comment faire un don ?',
              answer:
                'Choisissez un projet en collecte, puis « Faire un don ». Le paiement a lieu sur une page sécurisée de notre prestataire de paiement : vos données bancaires ne transitent pas par ce site.',
            },
            {
              question: 'Quel montant puis-je donner ?',
              answer:
                'À partir de 10 €. Un projet qui a atteint son objectif optimum n’accepte plus de don : le formulaire indique alors le montant encore ouvert.',
            },
            {
              question: 'Que devient mon don si l’objectif minimum n’est pas atteint ?',
              answer:
                'Vous êtes remboursé intégralement, sans frais, ou votre don rejoint le fonds solidaire qui aide les projets « Courte Échelle », selon le choix fait lors du don. Sans choix de votre part, nous vous écrivons et vous avez 30 jours pour choisir.',
            },
            {
              question: 'Vais-je recevoir un reçu fiscal ?',
              answer:
                'Oui, si vous l’avez demandé : la structure qui reçoit les fonds (coopérative scolaire, établissement ou association) l’émet une fois la collecte réussie. Vous le téléchargez depuis votre espace. L’adresse postale n’est demandée que pour ce reçu, car la loi l’exige.',
            },
            {
              question: 'Combien mon don me coûte-t-il réellement ?',
              answer:
                'Un particulier déduit de son impôt sur le revenu 66 % du don, dans la limite de 20 % du revenu imposable : un don de 50 € revient à 17 €. Une entreprise déduit 60 % de son don de l’impôt sur les sociétés.',
            },
            {
              question: 'Mon nom apparaîtra-t-il sur la page du projet ?',
              answer:
                'Seulement si vous le souhaitez : vous pouvez donner anonymement, et masquer le montant de votre don.',
            },
            {
              question: 'Le site prend-il une commission ?',
              answer:
                'Une commission de 6,5 % est prélevée uniquement sur les collectes réussies, pour faire fonctionner la plateforme. Une collecte échouée ne coûte rien.',
            },
          ],
        },
        {
          blockType: 'faq',
          heading: 'Vous êtes enseignant',
          items: [
            {
              question: 'Comment proposer le projet de ma classe ?',
              answer:
                'Créez votre compte avec votre adresse académique, puis remplissez le formulaire « Proposer un projet ». Un conseil s’affiche à côté de chaque champ. Le GIP relit chaque projet, puis la direction de l’école le confirme avant la publication.',
            },
            {
              question: 'Quel objectif fixer ?',
              answer:
                'Un objectif minimum, qui suffit à réaliser le projet (5 000 € au plus, sauf accord du GIP), et un objectif optimum, jusqu’au double du minimum, qui permet d’aller plus loin. La collecte dure de 15 à 90 jours.',
            },
            {
              question: 'Qui reçoit l’argent ?',
              answer:
                'La structure qui reçoit les dons pour l’école : la coopérative scolaire (par l’association départementale OCCE), l’établissement ou une association. Elle émet les reçus fiscaux. L’argent n’est jamais versé à une personne.',
            },
            {
              question: 'Comment faire connaître ma collecte ?',
              answer:
                'Partagez la page du projet avec les familles et vos partenaires, et publiez des nouvelles : les donateurs qui le souhaitent les reçoivent par courriel. La plateforme vous écrit aux moments clés de la collecte.',
            },
            {
              question: 'Qu’est-ce que le label « Courte Échelle » ?',
              answer:
                'Un label pour les projets des écoles de l’éducation prioritaire (REP, REP+), des lycées professionnels, des écoles rurales isolées et les projets inclusifs. Ces projets peuvent être abondés par le fonds solidaire et par des mécènes.',
            },
          ],
        },
        {
          blockType: 'faq',
          heading: 'Vous êtes parent d’élève',
          items: [
            {
              question: 'Puis-je donner pour le projet de la classe de mon enfant ?',
              answer:
                'Oui, comme tout donateur, et bénéficier de la réduction d’impôt si vous demandez un reçu fiscal. Donner n’est jamais une condition pour que votre enfant participe au projet.',
            },
            {
              question: 'Comment suivre le projet ?',
              answer:
                'Suivez la page du projet : l’enseignant y publie des nouvelles pendant la collecte et après le projet.',
            },
          ],
        },
      ],
    },
  },
  parentalite: {
    accueil: {
      title: 'Parentalité et Numérique',
      intro:
        'Accompagner les parents face au numérique, avec les écoles et les acteurs locaux des Territoires numériques éducatifs.',
      markdown: `## Le programme

Dans les départements des Territoires numériques éducatifs, des structures de coordination signent des conventions avec des partenaires locaux qui animent des ateliers pour les parents. Des médiateurs sont formés et des ressources clés en main sont mises à disposition.
`,
      layout: [
        { blockType: 'latest', heading: 'Carte blanche à…', kind: 'expert-articles', count: 3 },
        { blockType: 'latest', heading: 'Ressources clés en main', kind: 'workshop-kits', count: 3 },
        {
          blockType: 'callToAction',
          heading: 'Trouver un atelier près de chez vous',
          text: 'Les ateliers pour les parents sont annoncés dans l’agenda.',
          link: { label: 'Voir l’agenda', url: '/agenda' },
        },
      ],
    },
    contact: contact('sur les ateliers ou les partenariats'),
    'mentions-legales': legalNotice('Parentalité et Numérique'),
    accessibilite: accessibilityDeclaration('Parentalité et Numérique'),
    aide: {
      title: 'Aide',
      intro:
        'Les réponses aux questions les plus fréquentes des parents, des enseignants et des partenaires. Une autre question ? Écrivez-nous par la page Contact.',
      markdown: '',
      layout: [
        {
          blockType: 'faq',
          heading: 'Vous êtes parent',
          items: [
            {
              question: 'Comment participer à un atelier ?',
              answer:
                'Consultez l’agenda : chaque atelier indique sa date, son lieu et son public. La participation est gratuite ; une inscription est parfois demandée par l’organisateur.',
            },
            {
              question: 'De quoi parle-t-on dans les ateliers ?',
              answer:
                'Des usages numériques des enfants, des outils numériques de l’école, du code, de la robotique et de l’intelligence artificielle, des jeux vidéo, du cyberharcèlement et d’un usage sûr d’internet.',
            },
            {
              question: 'Je ne peux pas me déplacer : que faire ?',
              answer:
                'Les articles « Carte blanche » et les ressources sont en accès libre sur ce site. Vous pouvez aussi demander à l’école de votre enfant si un café des parents est prévu.',
            },
            {
              question: 'Que deviennent mes réponses au questionnaire de satisfaction ?',
              answer:
                'Elles sont anonymes et servent seulement à améliorer les prochains ateliers ; les résultats sont publiés par territoire, en totaux.',
            },
          ],
        },
        {
          blockType: 'faq',
          heading: 'Vous êtes enseignant ou professionnel',
          items: [
            {
              question: 'Puis-je réutiliser les ressources ?',
              answer:
                'Oui : les ressources clés en main (la mallette de la coéducation, les conférences « Idées reçues sur le numérique ») sont faites pour être utilisées par les équipes éducatives et les animateurs d’ateliers.',
            },
            {
              question: 'Comment devenir médiateur ?',
              answer:
                'Les structures de coordination organisent des formations de médiateurs dans chaque territoire : contactez celle de votre département, présentée sur la page du territoire.',
            },
          ],
        },
        {
          blockType: 'faq',
          heading: 'Vous êtes une association ou une collectivité',
          items: [
            {
              question: 'Comment organiser un atelier dans ma commune ?',
              answer:
                'Associations, communes, intercommunalités et écoles peuvent contacter la structure de coordination de leur département, présentée sur la page de chaque territoire.',
            },
            {
              question: 'Comment devenir partenaire du programme ?',
              answer:
                'La structure de coordination signe une convention avec chaque partenaire local : elle précise les actions prévues et le financement accordé.',
            },
          ],
        },
      ],
    },
  },
}
