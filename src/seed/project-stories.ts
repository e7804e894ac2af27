import type { Scene } from './pictures'

/**
 * The demo projects' stories: what a teacher writes (description in Markdown, pedagogical goals,
 * budget lines in euros adding up to the optimum), the pictures' scene, and news for the donors.
 * Realistic amounts for the kind of project (2023 report: average minimum 956 €, optimum 2 740 €).
 */
export type ProjectStory = {
  scene: Scene
  description?: string
  goals?: string
  budget?: [label: string, euros: number][]
  news?: { title: string; body: string }[]
}

export const PROJECT_STORIES: Record<string, ProjectStory> = {
  'Classe de mer à Plouguerneau': {
    scene: 'sea',
    description: `Nos 24 élèves de CM1-CM2 vivent à quarante kilomètres de la côte, et la moitié d’entre eux n’ont jamais vu la mer. En mai, nous partons cinq jours au centre nautique de Plouguerneau, dans le Finistère.

Au programme : **la pêche à pied sur l’estran** avec un animateur du centre, l’observation des algues et des crabes à marée basse, une sortie en kayak de mer, la visite du phare de l’île Vierge et un atelier sur les déchets qui arrivent sur les plages.

De retour en classe, les élèves réaliseront un **carnet de bord** et une exposition pour les familles.`,
    goals: `Découvrir un milieu naturel inconnu et en décrire la biodiversité (sciences, CM1-CM2).
Vivre ensemble quatre nuits loin de chez soi : autonomie, règles de vie collective.
Écrire un carnet de bord illustré (français, arts plastiques).`,
    budget: [
      ['Transport en car, aller et retour', 1_100],
      ['Hébergement et repas, 4 nuits pour 24 élèves', 1_500],
      ['Activités encadrées (pêche à pied, kayak, phare)', 450],
      ['Matériel pour le carnet de bord', 150],
    ],
  },
  'Une chorale pour l’école Jean-Jaurès': {
    scene: 'music',
    description: `Deux classes de CE2 et de CM1 de l’école Jean-Jaurès, à Argenteuil, forment une chorale avec **un chef de chœur professionnel**, à raison d’une séance par semaine de janvier à juin.

Le projet se termine par **un concert ouvert aux familles** dans la salle des fêtes de la ville. Beaucoup de nos élèves n’ont jamais chanté devant un public : la chorale leur donne confiance et réunit les familles autour de l’école.`,
    goals: `Chanter juste et ensemble, poser sa voix, écouter les autres (éducation musicale).
Prendre la parole en public et gagner confiance en soi.
Découvrir des chants de plusieurs langues et de plusieurs époques.`,
    budget: [
      ['Intervention du chef de chœur (20 séances)', 1_000],
      ['Location de la salle et sonorisation du concert', 350],
      ['Partitions et enregistrement du concert', 250],
    ],
  },
  'Robots et codage au collège': {
    scene: 'robot',
    description: `Au collège, nos élèves de 5e découvrent la programmation en technologie. Avec **six robots programmables**, ils passent de l’écran au concret : leur programme fait avancer, tourner et réagir un vrai robot.

Les robots serviront chaque année à **90 élèves**, en cours et au club de codage du jeudi midi, et les élèves de 3e prépareront un défi robotique pour les écoles voisines.`,
    goals: `Écrire, tester et corriger un programme (algorithmique, cycle 4).
Travailler en équipe sur un défi et présenter sa démarche.
Donner aux filles comme aux garçons l’envie des sciences du numérique.`,
    budget: [
      ['Six robots programmables', 1_500],
      ['Capteurs et pièces de rechange', 300],
      ['Tapis de défi et rangement', 200],
    ],
  },
  'Le potager de la maternelle': {
    scene: 'garden',
    description: `Dans la cour de l’école maternelle, nous voulons installer **trois bacs de potager** à hauteur d’enfant. Les élèves sèmeront, arroseront, observeront les plantes pousser et goûteront leurs récoltes à la cantine.

Les parents volontaires nous aideront les mercredis et pendant les vacances.`,
    goals: `Observer le vivant : graines, germination, croissance (explorer le monde).
Apprendre le vocabulaire du jardin et des légumes.
Goûter de nouveaux légumes et parler d’alimentation.`,
    budget: [
      ['Trois bacs de potager en bois', 420],
      ['Outils à la taille des enfants et arrosoirs', 180],
      ['Terreau, graines et plants', 200],
    ],
  },
  'Échange avec un lycée de Séville': {
    scene: 'art',
    description: `Depuis trois ans, notre lycée échange des lettres puis des vidéos avec un lycée de Séville. Cette année, **30 élèves de seconde** partent une semaine en Andalousie, et accueilleront leurs correspondants au printemps.

Sur place : cours partagés au lycée, visite de l’Alcazar et de la cathédrale, rencontre avec une association de quartier et un reportage vidéo tourné par les élèves.`,
    goals: `Pratiquer l’espagnol en situation réelle (niveau B1 visé).
Découvrir une autre culture et un autre système scolaire.
Réaliser un reportage vidéo en équipe.`,
    budget: [
      ['Voyage en avion, aller et retour', 4_200],
      ['Hébergement en familles et repas', 1_800],
      ['Visites et transports sur place', 1_200],
      ['Assurance et frais de dossier', 800],
    ],
  },
  'Classe de neige en Isère': {
    scene: 'mountain',
    description: `Deux classes de 6e partent cinq jours dans le massif de Belledonne. Pour beaucoup, ce sera **la première fois à la montagne**.

Ski de fond le matin, raquettes et découverte de la faune l’après-midi avec un accompagnateur en montagne, et une veillée sur les métiers de la montagne.`,
    goals: `S’adapter à un milieu nouveau et pratiquer des sports de glisse (EPS).
Comprendre le relief et le climat de montagne (géographie, SVT).
Vivre ensemble, s’entraider, être autonome.`,
    budget: [
      ['Transport en car', 1_200],
      ['Hébergement et repas, 4 nuits pour 48 élèves', 2_900],
      ['Location du matériel de ski et de raquettes', 900],
      ['Accompagnateurs en montagne', 500],
    ],
  },
  'Jardin créole pédagogique': {
    scene: 'garden',
    description: `À Pointe-à-Pitre, notre classe de CE1 crée **un jardin créole dans la cour** : bananiers, ignames, herbes aromatiques et plantes médicinales, comme dans les jardins des grands-parents.

Trois sorties au jardin botanique préparent le projet, et les familles viennent planter avec nous.`,
    goals: `Reconnaître les plantes de Guadeloupe et leurs usages.
Transmettre un savoir entre générations.
Mesurer, compter et noter la croissance des plantes (mathématiques).`,
    budget: [
      ['Sorties au jardin botanique (transport et entrées)', 480],
      ['Plants, terre et paillage', 420],
      ['Outils et récupérateur d’eau de pluie', 300],
    ],
  },
  'Atelier de réparation de vélos': {
    scene: 'bike',
    description: `Nos élèves de CAP ouvrent **un atelier de réparation de vélos** au lycée, un après-midi par semaine, pour les habitants du quartier. Ils réparent, conseillent et remettent en circulation des vélos donnés.

Le projet associe des élèves d’ULIS et des élèves en risque de décrochage, qui y trouvent un rôle et une reconnaissance.`,
    goals: `Acquérir des gestes professionnels de mécanique.
Accueillir un public et expliquer une réparation.
Agir pour la mobilité douce dans le quartier.`,
    budget: [
      ['Établis, pieds d’atelier et outillage', 1_900],
      ['Pièces détachées pour la première année', 1_000],
      ['Signalétique et équipements de sécurité', 600],
    ],
  },
  'Classe de découverte dans le Vercors': {
    scene: 'mountain',
    description: `Nos 26 élèves de CM2 partent cinq jours dans le Vercors, en gîte. Avec un accompagnateur, ils découvrent **la forêt, les alpages et la vie d’un refuge**, et passent une nuit en refuge.

L’école est en zone rurale isolée : ce séjour est pour beaucoup la seule occasion de partir avec leur classe.`,
    goals: `Observer un écosystème de montagne (sciences).
Lire une carte et s’orienter (géographie, EPS).
Vivre ensemble loin de la famille.`,
    budget: [
      ['Transport en car', 900],
      ['Hébergement en gîte et refuge, repas', 2_100],
      ['Accompagnateur en montagne', 600],
    ],
  },
  'Voyage à la mer de la maternelle': {
    scene: 'sea',
    description: `Une journée à la mer pour les enfants de grande section : **une première fois** pour presque tous. Jeux sur la plage, pêche aux crevettes et pique-nique.`,
    goals: `Découvrir un paysage nouveau et le décrire.
Sortir de l’école en groupe et respecter des règles de sécurité.`,
    budget: [
      ['Transport en car', 1_100],
      ['Animation nature sur la plage', 400],
      ['Goûter et pique-nique', 200],
    ],
    news: [
      {
        title: 'Nous avons vu la mer !',
        body: 'Merci à tous les donateurs : la journée a eu lieu le 12 juin, sous le soleil. Les enfants ont pêché des crevettes et rapporté des coquillages pour la classe.',
      },
    ],
  },
  'Fresque participative': {
    scene: 'art',
    description: `Avec **un artiste du quartier**, 32 élèves de première conçoivent et peignent une fresque sur le mur du préau, sur le thème « Notre quartier demain ».`,
    goals: `Concevoir une œuvre collective, de l’esquisse à la réalisation.
Découvrir le métier d’artiste et l’art urbain.`,
    budget: [
      ['Intervention de l’artiste', 1_500],
      ['Peintures et matériel', 900],
      ['Location d’un échafaudage', 400],
    ],
    news: [
      {
        title: 'Les premières couleurs sont posées',
        body: 'Les fonds ont été versés au lycée : l’échafaudage est monté et les élèves ont commencé à peindre.',
      },
    ],
  },
  'Découverte de la Corse': {
    scene: 'mountain',
    description: `Deux classes de 4e devaient partir trois nuits en Corse, entre randonnée et patrimoine.`,
    budget: [
      ['Traversée en ferry', 3_200],
      ['Hébergement et repas', 2_800],
      ['Visites et guides', 1_000],
    ],
  },
  'Imprimante 3D pour la SEGPA': {
    scene: 'robot',
    description: `Nos 16 élèves de SEGPA modélisent et fabriquent **des objets utiles à l’école** : supports, pièces de jeux, outils adaptés pour des camarades en situation de handicap.`,
    goals: `Modéliser un objet en trois dimensions.
Mener un projet de sa conception à son utilisation.`,
    budget: [
      ['Imprimante 3D', 900],
      ['Bobines de filament', 300],
      ['Logiciel et formation', 200],
    ],
    news: [
      {
        title: 'Les premiers objets sont imprimés',
        body: 'L’imprimante est arrivée en janvier. Les élèves ont imprimé des supports de tablette pour la classe ULIS.',
      },
      {
        title: 'Le bilan du projet',
        body: 'Trente objets fabriqués cette année, et une exposition pour les familles en juin. Merci à vous tous !',
      },
    ],
  },
  'Classe verte dans les Vosges': {
    scene: 'mountain',
    description: `Deux nuits en gîte pour observer la forêt vosgienne avec un garde forestier.`,
    budget: [
      ['Transport', 500],
      ['Hébergement et repas', 1_000],
      ['Animation forêt', 300],
    ],
  },
}

/** The scene of the projects that have no story written here, by kind. */
export const DEFAULT_SCENES: Record<string, Scene> = {
  outing: 'bike',
  stay_with_nights: 'mountain',
  international_trip: 'art',
  equipment: 'books',
  creation_show: 'music',
  other: 'garden',
}
