import sharp from 'sharp'

const PALETTES = [
  ['#1d4e89', '#7fb7be'],
  ['#2e7d32', '#c5e1a5'],
  ['#8a3b12', '#f4b183'],
  ['#5b2a86', '#c8b6e2'],
  ['#00695c', '#80cbc4'],
  ['#9c2a2a', '#f3b6b6'],
]

/**
 * A demo cover (no text, no faces): a gradient with soft shapes, different for each project, as a
 * PNG, so the catalogue shows pictures without shipping binary files in the repository.
 */
export async function demoCover(seed: number): Promise<Buffer> {
  const [dark, light] = PALETTES[seed % PALETTES.length]
  const circles = Array.from({ length: 5 }, (_, i) => {
    const x = (seed * 97 + i * 211) % 1200
    const y = (seed * 53 + i * 137) % 750
    const r = 60 + ((seed + i * 31) % 140)
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="#ffffff" fill-opacity="${0.08 + (i % 3) * 0.06}"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="750"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/></linearGradient></defs><rect width="1200" height="750" fill="url(#g)"/>${circles}</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}

export type Scene = 'sea' | 'mountain' | 'music' | 'robot' | 'garden' | 'art' | 'books' | 'bike'

/** What each scene shows, for the pictures' alternative texts. */
const SCENE_ALT: Record<Scene, string> = {
  sea: 'un phare au bord de la mer, le soleil et des mouettes',
  mountain: 'des sommets enneigés au-dessus d’une rangée de sapins',
  music: 'des notes de musique jaunes sur une portée, fond bleu nuit',
  robot: 'un petit robot vert sur roues devant un quadrillage',
  garden: 'des bacs de potager fleuris sous le soleil',
  art: 'des taches de peinture de toutes les couleurs',
  books: 'des étagères remplies de livres colorés',
  bike: 'un vélo rouge vu de profil',
}

/** The alternative text of a scene's drawing number `variant` (0-based) out of `count`. */
export const sceneAlt = (scene: Scene, variant: number, count: number) =>
  `Dessin : ${SCENE_ALT[scene]}${count > 1 ? ` (illustration ${variant + 1} sur ${count})` : ''}`

const SKY = ['#bfe3f5', '#ffe0b2', '#d7ecff']

/** One drawing per scene and variant (no text, no faces), as a 1200 × 750 PNG: the demo's "photos". */
export async function demoScene(scene: Scene, variant: number): Promise<Buffer> {
  const sky = SKY[variant % SKY.length]
  const shift = variant * 170
  const parts: Record<Scene, string> = {
    sea: `<circle cx="${900 - shift}" cy="170" r="90" fill="#ffcc4d"/><rect y="430" width="1200" height="320" fill="#1d6fa5"/><path d="M0 470 Q 150 430 300 470 T 600 470 T 900 470 T 1200 470 V750 H0Z" fill="#2b86c5"/><path d="M0 560 Q 150 520 300 560 T 600 560 T 900 560 T 1200 560 V750 H0Z" fill="#3c9ad6"/><path d="M0 660 Q 300 610 600 660 T 1200 660 V750 H0Z" fill="#f1d7a6"/><rect x="${180 + shift}" y="230" width="56" height="220" fill="#fff"/><rect x="${180 + shift}" y="280" width="56" height="40" fill="#c62828"/><rect x="${180 + shift}" y="360" width="56" height="40" fill="#c62828"/><polygon points="${170 + shift},230 ${246 + shift},230 ${208 + shift},190" fill="#37474f"/><path d="M700 250 q 20 -20 40 0 q 20 -20 40 0" stroke="#37474f" stroke-width="6" fill="none"/><path d="M560 320 q 15 -15 30 0 q 15 -15 30 0" stroke="#37474f" stroke-width="5" fill="none"/>`,
    mountain: `<polygon points="0,620 ${260 + shift / 3},190 560,620" fill="#5c6f82"/><polygon points="${160 + shift / 3},330 ${260 + shift / 3},190 ${360 + shift / 3},330" fill="#fff"/><polygon points="380,620 760,140 1140,620" fill="#455a64"/><polygon points="660,270 760,140 860,270" fill="#fff"/><polygon points="800,620 1050,300 1300,620" fill="#607d8b"/><rect y="600" width="1200" height="150" fill="#eef4f7"/>${Array.from({ length: 9 }, (_, i) => `<polygon points="${60 + i * 130},700 ${100 + i * 130},560 ${140 + i * 130},700" fill="#2e7d32"/>`).join('')}`,
    music: `<rect width="1200" height="750" fill="#283593"/>${Array.from({ length: 5 }, (_, i) => `<line x1="80" x2="1120" y1="${260 + i * 40}" y2="${260 + i * 40}" stroke="#c5cae9" stroke-width="4"/>`).join('')}${Array.from({ length: 6 }, (_, i) => `<ellipse cx="${200 + i * 160}" cy="${420 - ((i * 37 + shift) % 160)}" rx="34" ry="24" fill="#ffd54f" transform="rotate(-20 ${200 + i * 160} ${420 - ((i * 37 + shift) % 160)})"/><rect x="${228 + i * 160}" y="${270 - ((i * 37 + shift) % 160)}" width="8" height="150" fill="#ffd54f"/>`).join('')}`,
    robot: `<rect width="1200" height="750" fill="#eceff1"/>${Array.from({ length: 12 }, (_, i) => `<line x1="${i * 100}" x2="${i * 100}" y1="0" y2="750" stroke="#cfd8dc" stroke-width="2"/>`).join('')}<rect x="${420 + shift / 4}" y="240" width="360" height="260" rx="40" fill="#00897b"/><circle cx="${530 + shift / 4}" cy="350" r="40" fill="#fff"/><circle cx="${670 + shift / 4}" cy="350" r="40" fill="#fff"/><circle cx="${530 + shift / 4}" cy="350" r="16" fill="#263238"/><circle cx="${670 + shift / 4}" cy="350" r="16" fill="#263238"/><rect x="${590 + shift / 4}" y="160" width="20" height="80" fill="#00695c"/><circle cx="${600 + shift / 4}" cy="150" r="22" fill="#ff7043"/><circle cx="${470 + shift / 4}" cy="530" r="44" fill="#37474f"/><circle cx="${730 + shift / 4}" cy="530" r="44" fill="#37474f"/>`,
    garden: `<rect y="470" width="1200" height="280" fill="#795548"/>${Array.from({ length: 3 }, (_, b) => `<rect x="${80 + b * 380}" y="430" width="320" height="70" fill="#a1887f"/>${Array.from({ length: 4 }, (_, i) => `<ellipse cx="${130 + b * 380 + i * 75}" cy="${400 - ((i + b + variant) % 3) * 20}" rx="30" ry="50" fill="#43a047"/><circle cx="${130 + b * 380 + i * 75}" cy="${340 - ((i + b + variant) % 3) * 20}" r="16" fill="${['#e91e63', '#ffeb3b', '#ff7043'][(i + b) % 3]}"/>`).join('')}`).join('')}<circle cx="${1000 - shift}" cy="150" r="80" fill="#ffca28"/>`,
    art: `<rect width="1200" height="750" fill="#fafafa"/>${Array.from({ length: 14 }, (_, i) => `<circle cx="${(i * 173 + shift) % 1200}" cy="${(i * 97 + shift) % 750}" r="${60 + ((i * 31) % 90)}" fill="${['#e53935', '#1e88e5', '#fdd835', '#43a047', '#8e24aa', '#fb8c00'][i % 6]}" fill-opacity="0.75"/>`).join('')}`,
    books: `<rect width="1200" height="750" fill="#fff3e0"/>${Array.from({ length: 3 }, (_, s) => `<rect x="80" y="${220 + s * 170}" width="1040" height="14" fill="#6d4c41"/>${Array.from({ length: 16 }, (_, i) => `<rect x="${100 + i * 62}" y="${100 + s * 170 + ((i * 13 + variant * 7) % 40)}" width="50" height="${120 - ((i * 13 + variant * 7) % 40)}" fill="${['#c62828', '#1565c0', '#2e7d32', '#f9a825', '#6a1b9a', '#00838f'][(i + s + variant) % 6]}"/>`).join('')}`).join('')}`,
    bike: `<rect y="560" width="1200" height="190" fill="#90a4ae"/>${[0, 1].map((i) => `<circle cx="${380 + i * 420 + shift / 5}" cy="460" r="130" fill="none" stroke="#263238" stroke-width="18"/><circle cx="${380 + i * 420 + shift / 5}" cy="460" r="10" fill="#263238"/>`).join('')}<polyline points="${380 + shift / 5},460 ${560 + shift / 5},300 ${800 + shift / 5},460 ${600 + shift / 5},460 ${560 + shift / 5},300" fill="none" stroke="#d84315" stroke-width="16"/><line x1="${560 + shift / 5}" y1="300" x2="${540 + shift / 5}" y2="250" stroke="#263238" stroke-width="14"/><line x1="${760 + shift / 5}" y1="280" x2="${800 + shift / 5}" y2="460" stroke="#d84315" stroke-width="16"/>`,
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="750"><rect width="1200" height="750" fill="${sky}"/>${parts[scene]}</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
