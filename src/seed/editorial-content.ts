/**
 * Demo editorial content. The ten "Carte blanche" titles and the experts' roles come from the
 * GIP's 2023 activity report (shared/data/activity-report-2023.md); the experts' names are
 * fictitious placeholders, and the texts are short demo summaries written for the portal, not the
 * published articles.
 */
import type { ARTICLE_AUDIENCES, KitAudience, KitFormat, KitLevel, TneTheme } from '@/domain/content/taxonomy'
import type { SiteKind } from '@/domain/sites/kinds'

export type ArticleSeed = {
  slug: string
  title: string
  expert: { name: string; role: string }
  excerpt: string
  markdown: string
  themes: TneTheme[]
  audiences: (keyof typeof ARTICLE_AUDIENCES)[]
  publishedDate: string
}

export const EXPERT_ARTICLES: ArticleSeed[] = [
  {
    slug: 'numerique-ecole-maison-apprentissages-irreconciliables',
    title: 'Numérique à l’école et à la maison : des apprentissages irréconciliables ?',
    expert: { name: 'Claire Vasseur', role: 'sociologue au CNRS' },
    excerpt:
      'À l’école, le numérique sert à apprendre ; à la maison, surtout à se divertir. Comment faire dialoguer ces deux usages ?',
    markdown: `Les enfants ne rencontrent pas le même numérique à l’école et à la maison. En classe, l’ordinateur ou la tablette sont des outils d’apprentissage encadrés ; à la maison, les écrans servent d’abord à jouer, à regarder des vidéos et à échanger avec les amis.

Les enquêtes montrent pourtant que ces usages se nourrissent : un élève qui apprend à chercher une information en classe la cherche aussi chez lui, et les compétences acquises en jouant se retrouvent parfois à l’école.

## Construire des ponts

Plutôt que d’opposer les deux mondes, les familles et les enseignants gagnent à en parler ensemble : quels outils l’école utilise, ce que l’enfant en fait à la maison, et comment l’accompagner sans tout interdire.`,
    themes: ['children_digital_uses', 'school_digital_tools'],
    audiences: ['primary_parents', 'college_parents'],
    publishedDate: '2023-01-17T09:00:00.000Z',
  },
  {
    slug: 'majorite-numerique-15-ans-que-dit-la-loi',
    title: 'Majorité numérique à 15 ans : que dit la loi ?',
    expert: { name: 'Julien Marchand', role: 'directeur des relations publiques de la CNIL' },
    excerpt:
      'La loi du 7 juillet 2023 fixe à 15 ans l’âge de l’inscription sans accord parental sur les réseaux sociaux. Ce qui change pour les familles.',
    markdown: `La loi du 7 juillet 2023 instaure une « majorité numérique » : avant 15 ans, l’inscription d’un enfant sur un réseau social nécessite l’accord de l’un de ses parents.

## Ce que prévoit le texte

- les plateformes doivent vérifier l’âge de leurs utilisateurs ;
- un parent peut demander la suspension du compte de son enfant de moins de 15 ans ;
- les plateformes doivent informer les jeunes des risques liés aux usages numériques.

## Et en pratique ?

La loi ne remplace pas le dialogue. Les parents restent les mieux placés pour parler avec leur enfant de ses premiers comptes, des réglages de confidentialité et de ce qu’il publie.`,
    themes: ['safe_internet_use', 'cyber_harassment'],
    audiences: ['college_parents', 'professionals'],
    publishedDate: '2023-02-14T09:00:00.000Z',
  },
  {
    slug: 'pornographie-numerique-realite-danger-prevention',
    title: 'Pornographie et numérique, réalité du danger et propositions de prévention',
    expert: { name: 'Dr Hélène Morvan', role: 'cheffe de service de pédopsychiatrie' },
    excerpt:
      'L’exposition des enfants aux contenus pornographiques est précoce. Une pédopsychiatre décrit les effets observés et les leviers de prévention.',
    markdown: `L’âge moyen de la première exposition à des images pornographiques ne cesse de baisser, souvent par hasard, via un lien partagé ou une recherche mal formulée.

## Des effets à ne pas minimiser

Ces images peuvent choquer, inquiéter ou installer des représentations faussées de la sexualité et des relations. L’enfant n’ose pas toujours en parler.

## Prévenir sans dramatiser

Contrôle parental adapté à l’âge, appareils dans les pièces communes, et surtout une parole ouverte : dire à l’enfant qu’il peut tomber sur des images choquantes et qu’il peut en parler sans être puni.`,
    themes: ['safe_internet_use', 'children_digital_uses'],
    audiences: ['primary_parents', 'college_parents', 'professionals'],
    publishedDate: '2023-03-21T09:00:00.000Z',
  },
  {
    slug: 'jeux-video-parents-ecole',
    title: 'Les jeux vidéo, les parents et l’École',
    expert: { name: 'Thomas Lefèvre', role: 'psychologue spécialisé dans les jeux vidéo' },
    excerpt:
      'Le jeu vidéo inquiète souvent les parents. Un psychologue propose d’y voir aussi un support de dialogue et d’apprentissage.',
    markdown: `Neuf adolescents sur dix jouent aux jeux vidéo. Pour beaucoup de parents, c’est une source de conflits : temps passé, contenus violents, achats dans le jeu.

## Jouer avec son enfant

Le meilleur moyen de comprendre un jeu est d’y jouer, au moins une fois, avec son enfant. On découvre ses règles, ce qui le captive, et l’on peut fixer ensemble des limites qui ont du sens.

## Le jeu à l’école

Certains enseignants utilisent des jeux pour apprendre l’histoire, la logique ou l’anglais. Le jeu vidéo peut aussi rapprocher familles et école.`,
    themes: ['video_games_esport', 'children_digital_uses'],
    audiences: ['primary_parents', 'college_parents'],
    publishedDate: '2023-04-18T09:00:00.000Z',
  },
  {
    slug: 'numerique-rapproche-ecole-familles-precaires',
    title: 'Comment faire du numérique un outil qui rapproche l’École des familles les plus précaires ?',
    expert: { name: 'Martine Rousseau', role: 'présidente d’ATD Quart Monde France' },
    excerpt:
      'Espaces numériques de travail, démarches en ligne : pour les familles pauvres, le numérique peut éloigner de l’École. Il peut aussi rapprocher.',
    markdown: `Pour beaucoup de familles en situation de pauvreté, l’École passe désormais par un écran : cahier de textes en ligne, messages des enseignants, inscriptions dématérialisées.

## Ne laisser personne de côté

Un équipement partagé, un forfait limité ou la peur de mal faire suffisent à couper une famille de l’École. Les ateliers de parents permettent de lever ces obstacles, sans jugement.

## Partir de ce que vivent les familles

Les projets qui réussissent sont construits avec les parents les plus éloignés, et non pour eux.`,
    themes: ['school_digital_tools'],
    audiences: ['primary_parents', 'professionals'],
    publishedDate: '2023-05-16T09:00:00.000Z',
  },
  {
    slug: 'concilier-edd-deploiement-numerique-ecole',
    title: 'Concilier E.D.D et déploiement du numérique à l’École',
    expert: { name: 'Samir Benali', role: 'chercheur en numérique responsable' },
    excerpt:
      'Équiper les écoles sans alourdir l’empreinte environnementale : un chercheur plaide pour un numérique éducatif sobre.',
    markdown: `L’éducation au développement durable (E.D.D) et le déploiement du numérique à l’École semblent parfois contradictoires : fabriquer des tablettes et des ordinateurs a un coût environnemental important.

## Des gestes simples

- faire durer les équipements et les réparer ;
- privilégier les usages utiles aux apprentissages ;
- expliquer aux élèves d’où viennent les appareils et ce qu’ils deviennent.

Les familles peuvent prolonger ces habitudes à la maison.`,
    themes: ['school_digital_tools', 'children_digital_uses'],
    audiences: ['professionals', 'college_parents'],
    publishedDate: '2023-06-13T09:00:00.000Z',
  },
  {
    slug: 'usage-eclaire-intelligence-artificielle-education',
    title: 'Pour un usage éclairé de l’intelligence artificielle en éducation',
    expert: { name: 'Pr Nathalie Girard', role: 'professeure d’intelligence artificielle à Sorbonne Université' },
    excerpt:
      'Les outils d’IA générative arrivent dans les devoirs. Une spécialiste explique comment en faire un outil d’apprentissage plutôt qu’un raccourci.',
    markdown: `Les agents conversationnels savent rédiger un exposé en quelques secondes. Faut-il les interdire ? Les ignorer ? Ni l’un ni l’autre.

## Comprendre ce que fait l’outil

Une intelligence artificielle générative prédit des suites de mots plausibles : elle peut se tromper avec assurance. Apprendre aux enfants à vérifier, à citer et à critiquer ses réponses est une compétence essentielle.

## Le rôle des parents

S’intéresser à l’outil, l’essayer avec son enfant, et rappeler que l’objectif d’un devoir est d’apprendre, pas seulement de rendre un texte.`,
    themes: ['code_robotics_ai', 'school_digital_tools'],
    audiences: ['college_parents', 'professionals'],
    publishedDate: '2023-09-19T09:00:00.000Z',
  },
  {
    slug: 'numerique-quotidien-parole-familles-eloignees',
    title: 'Le numérique au quotidien : parole aux familles les plus éloignées',
    expert: { name: 'Collectif Écrire et Relier', role: 'collectif de personnes éloignées du numérique et de l’écrit' },
    excerpt:
      'Des parents éloignés du numérique et de l’écrit racontent leurs difficultés et ce qui les a aidés à suivre la scolarité de leurs enfants.',
    markdown: `« Je ne savais pas où trouver les notes de mon fils. » « Les messages de l’école arrivaient sur un téléphone que je n’avais plus. »

Ces témoignages, recueillis en atelier, rappellent que le numérique suppose de savoir lire, écrire, et disposer d’un appareil qui fonctionne.

## Ce qui aide

- un médiateur qui explique sans faire à la place ;
- des documents simples, avec des images ;
- des temps d’échange à l’école, entre parents.`,
    themes: ['school_digital_tools'],
    audiences: ['primary_parents', 'professionals'],
    publishedDate: '2023-10-17T09:00:00.000Z',
  },
  {
    slug: 'developper-recherche-education-plus-inclusive',
    title: 'Développer la recherche pour une éducation plus inclusive',
    expert: { name: 'Pr Alain Dumont', role: 'titulaire de la chaire UNESCO « Handicap, Éducation et Numérique »' },
    excerpt:
      'Le numérique peut ouvrir l’École aux élèves en situation de handicap, à condition d’être conçu avec eux. Ce que dit la recherche.',
    markdown: `Synthèse vocale, agrandissement, sous-titres : les outils numériques peuvent rendre les apprentissages accessibles à des élèves qui en étaient exclus.

## Concevoir avec les usagers

Un outil pensé sans les élèves concernés crée souvent de nouveaux obstacles. La recherche montre l’intérêt d’associer élèves, familles et enseignants dès la conception.

## Le rôle des familles

Les parents d’enfants en situation de handicap sont souvent experts des adaptations qui fonctionnent : leur parole doit compter.`,
    themes: ['school_digital_tools', 'code_robotics_ai'],
    audiences: ['professionals', 'primary_parents'],
    publishedDate: '2023-11-14T09:00:00.000Z',
  },
  {
    slug: 'numerique-educatif-lien-ecole-parents',
    title: 'Utiliser le numérique éducatif pour créer du lien entre l’École et les parents',
    expert: { name: 'Karim Haddad', role: 'médiateur numérique' },
    excerpt:
      'Un médiateur numérique raconte comment des ateliers autour de l’espace numérique de travail ont fait revenir des parents à l’école.',
    markdown: `Dans le Val-d’Oise, des ambassadeurs du numérique accueillent les parents à l’école pour des permanences et des cafés des parents.

## Partir d’un besoin concret

Se connecter à l’espace numérique de travail, lire un message de l’enseignant, consulter l’emploi du temps : chaque atelier commence par une question réelle.

## Ce que cela change

Les parents osent davantage écrire aux enseignants, venir aux réunions, et accompagner leur enfant dans son travail.`,
    themes: ['school_digital_tools', 'children_digital_uses'],
    audiences: ['primary_parents', 'college_parents', 'professionals'],
    publishedDate: '2023-12-12T09:00:00.000Z',
  },
]

export type KitSeed = {
  slug: string
  title: string
  summary: string
  markdown: string
  audiences: KitAudience[]
  levels: KitLevel[]
  themes: TneTheme[]
  format: KitFormat
  durationMinutes: number
  material: string[]
  steps: { title: string; durationMinutes: number; description: string }[]
  files: { title: string; lines: string[] }[]
}

export const WORKSHOP_KITS: KitSeed[] = [
  {
    slug: 'mallette-coeducation-ecoles',
    title: 'Mallette de la coéducation — écoles',
    summary:
      'Un atelier clé en main pour parler écrans, outils de l’école et sécurité en ligne avec les parents d’élèves du primaire.',
    markdown: `La mallette accompagne les équipes des écoles et leurs partenaires pour animer un atelier avec les parents, à l’école, en toute convivialité.`,
    audiences: ['parents', 'professionals'],
    levels: ['ecole'],
    themes: ['children_digital_uses', 'school_digital_tools', 'safe_internet_use'],
    format: 'workshop',
    durationMinutes: 90,
    material: ['Un vidéoprojecteur', 'Les cartes « situations » imprimées', 'Une tablette ou un ordinateur connecté'],
    steps: [
      {
        title: 'Accueil et tour de table',
        durationMinutes: 15,
        description: 'Chaque parent dit quel écran est le plus utilisé à la maison.',
      },
      {
        title: 'Les outils numériques de l’école',
        durationMinutes: 30,
        description: 'Démonstration de l’espace numérique de travail et du cahier de textes.',
      },
      {
        title: 'Situations du quotidien',
        durationMinutes: 35,
        description: 'Par petits groupes, les parents discutent des cartes « situations ».',
      },
      { title: 'Ce que je retiens', durationMinutes: 10, description: 'Chacun repart avec la fiche repères.' },
    ],
    files: [
      {
        title: 'Guide de l’animateur',
        lines: ['Mallette de la coéducation - écoles', 'Objectifs, déroulé et conseils d’animation.'],
      },
      { title: 'Fiche repères pour les parents', lines: ['Des repères simples pour les écrans à la maison.'] },
    ],
  },
  {
    slug: 'mallette-coeducation-colleges',
    title: 'Mallette de la coéducation — collèges',
    summary:
      'Un café des parents pour aborder réseaux sociaux, cyberharcèlement et espace numérique de travail avec les familles de collégiens.',
    markdown: `Conçue avec des collèges du Val-d’Oise, cette mallette propose un café des parents en trois temps, animé par un médiateur et un membre de l’équipe éducative.`,
    audiences: ['parents', 'professionals'],
    levels: ['college'],
    themes: ['cyber_harassment', 'safe_internet_use', 'school_digital_tools'],
    format: 'parents_cafe',
    durationMinutes: 120,
    material: ['Un vidéoprojecteur', 'Le quiz imprimé', 'Des affiches des numéros d’aide (3018)'],
    steps: [
      {
        title: 'Quiz d’ouverture',
        durationMinutes: 20,
        description: 'Vrai ou faux sur les réseaux sociaux préférés des collégiens.',
      },
      {
        title: 'Réseaux sociaux et majorité numérique',
        durationMinutes: 40,
        description: 'Ce que dit la loi, les réglages utiles, comment en parler.',
      },
      {
        title: 'Cyberharcèlement : repérer et agir',
        durationMinutes: 40,
        description: 'Signes d’alerte, le 3018, le rôle du collège.',
      },
      { title: 'Questions libres', durationMinutes: 20, description: 'Échanges avec l’équipe éducative.' },
    ],
    files: [
      {
        title: 'Guide de l’animateur',
        lines: ['Mallette de la coéducation - collèges', 'Café des parents en trois temps.'],
      },
      { title: 'Quiz « réseaux sociaux »', lines: ['Vingt questions pour lancer la discussion.'] },
    ],
  },
  {
    slug: 'idees-recues-sur-le-numerique',
    title: 'Idées reçues sur le numérique',
    summary:
      'Une conférence interactive qui passe au crible dix idées reçues sur les écrans, les jeux vidéo et l’intelligence artificielle.',
    markdown: `« Les écrans rendent les enfants moins intelligents », « les jeux vidéo rendent violent »… La conférence part des idées reçues des participants pour faire le point sur ce que l’on sait vraiment.`,
    audiences: ['parents', 'families'],
    levels: ['ecole', 'college'],
    themes: ['children_digital_uses', 'video_games_esport', 'code_robotics_ai'],
    format: 'conference',
    durationMinutes: 90,
    material: ['Un vidéoprojecteur', 'Le diaporama de la conférence', 'Des cartons de vote vert et rouge'],
    steps: [
      {
        title: 'Vote à main levée',
        durationMinutes: 15,
        description: 'Vrai ou faux ? Le public vote sur chaque idée reçue.',
      },
      { title: 'Décryptage', durationMinutes: 60, description: 'Pour chaque idée reçue, ce que disent les études.' },
      { title: 'Échanges', durationMinutes: 15, description: 'Questions du public.' },
    ],
    files: [
      {
        title: 'Diaporama de la conférence',
        lines: ['Idées reçues sur le numérique', 'Dix idées reçues passées au crible.'],
      },
      { title: 'Guide de l’intervenant', lines: ['Sources et conseils pour animer la conférence.'] },
    ],
  },
]

export type NewsSeed = { slug: string; title: string; excerpt: string; markdown: string; publishedDate: string }

export const NEWS: Record<SiteKind, NewsSeed[]> = {
  projets: [
    {
      slug: 'bilan-2023-1042-campagnes',
      title: 'Bilan 2023 : 1 042 campagnes menées à leur terme',
      excerpt:
        '94 % des campagnes ont atteint leur objectif minimum et 1,37 million d’euros ont été collectés auprès de 21 925 donateurs.',
      markdown: `En 2023, **1 042** campagnes sont arrivées à leur terme (640 en école, 261 en collège, 141 en lycée). **94 %** ont atteint leur objectif minimum.

Le don moyen s’élève à 57 €. Merci aux donateurs, aux entreprises et aux partenaires qui soutiennent les projets des classes.`,
      publishedDate: '2024-01-15T09:00:00.000Z',
    },
    {
      slug: 'classes-de-montagne-fondation-partenaire',
      title: 'Classes de montagne : 20 000 € d’une fondation partenaire',
      excerpt:
        'Une fondation abonde les classes de découverte en montagne de quatre nuits et plus des écoles prioritaires ou rurales isolées.',
      markdown: `Grâce à une fondation partenaire, les projets de classes de montagne de **quatre nuits ou plus** portés par des écoles élémentaires de l’éducation prioritaire ou rurales isolées peuvent recevoir un abondement.

Les projets concernés sont repérés automatiquement : il suffit de déposer votre projet.`,
      publishedDate: '2023-11-06T09:00:00.000Z',
    },
  ],
  parentalite: [
    {
      slug: 'bilan-2023-parentalite-numerique',
      title: '2023 : 187 ateliers et 2 536 parents dans les territoires pilotes',
      excerpt: 'Dans l’Aisne et le Val-d’Oise, 14 structures partenaires ont animé 187 ateliers pour 2 536 parents.',
      markdown: `L’année 2023 a vu **56 conventions** signées avec des associations, des communes, des intercommunalités et un conseil départemental.

Dans les deux territoires pilotes, **187 ateliers** ont accueilli **2 536 parents**, et **187 médiateurs** ont été formés.`,
      publishedDate: '2024-01-22T09:00:00.000Z',
    },
    {
      slug: 'nouvelle-mallette-colleges',
      title: 'La mallette de la coéducation arrive dans les collèges',
      excerpt:
        'Après les écoles, une mallette dédiée aux collèges aide à animer des cafés des parents sur les réseaux sociaux et le cyberharcèlement.',
      markdown: `Conçue avec des collèges du Val-d’Oise, la nouvelle mallette propose un café des parents clé en main. Elle est disponible dans les [ressources](/ressources/mallette-coeducation-colleges).`,
      publishedDate: '2023-09-04T09:00:00.000Z',
    },
  ],
}
