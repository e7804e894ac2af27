/**
 * Reading of the "Annuaire de l'éducation" (data.education.gouv.fr, dataset `fr-en-annuaire-education`):
 * which column holds what, and what one line means for the `establishments` collection.
 */
import { type EstablishmentKind, type PriorityEducation, type Sector, UAI_PATTERN } from './establishment'

/** Header names of the columns used, as they appear in the file. */
export type DirectoryColumns = {
  uai: string
  name: string
  /** At least one of `nature` and `type` is present. */
  nature?: string
  type?: string
  sector: string
  postcode?: string
  commune: string
  department: string
  priorityEducation?: string
  maternelle?: string
  elementaire?: string
  voieGenerale?: string
  voieTechnologique?: string
  voieProfessionnelle?: string
  privateContract?: string
}

type ColumnKey = keyof DirectoryColumns

/** Headers compared once accents, case, spaces and underscores are removed; the first alias found wins. */
const HEADER_ALIASES: Record<ColumnKey, string[]> = {
  uai: ['identifiantdeletablissement', 'uai'],
  name: ['nometablissement', 'nom', 'name'],
  nature: ['libellenature', 'nature'],
  type: ['typeetablissement', 'type'],
  sector: ['statutpublicprive', 'secteur', 'statut'],
  postcode: ['codepostal', 'cp'],
  commune: ['nomcommune', 'commune'],
  department: ['codedepartement', 'departement'],
  priorityEducation: ['appartenanceeducationprioritaire', 'educationprioritaire', 'ep'],
  maternelle: ['ecolematernelle'],
  elementaire: ['ecoleelementaire'],
  voieGenerale: ['voiegenerale'],
  voieTechnologique: ['voietechnologique'],
  voieProfessionnelle: ['voieprofessionnelle'],
  privateContract: ['typecontratprive'],
}

const REQUIRED_COLUMNS: { keys: ColumnKey[]; label: string }[] = [
  { keys: ['uai'], label: 'UAI (Identifiant_de_l_etablissement)' },
  { keys: ['name'], label: 'nom (Nom_etablissement)' },
  { keys: ['nature', 'type'], label: 'type (libelle_nature ou Type_etablissement)' },
  { keys: ['sector'], label: 'secteur (Statut_public_prive)' },
  { keys: ['commune'], label: 'commune (Nom_commune)' },
  { keys: ['department'], label: 'code département (Code_departement)' },
]

export type HeaderMapping = { ok: true; columns: DirectoryColumns } | { ok: false; reason: string }

export function mapDirectoryHeader(headers: string[]): HeaderMapping {
  const normalized = headers.map(normalizeHeader)
  const found: Partial<DirectoryColumns> = {}
  for (const key of Object.keys(HEADER_ALIASES) as ColumnKey[]) {
    for (const alias of HEADER_ALIASES[key]) {
      const index = normalized.indexOf(alias)
      if (index >= 0) {
        found[key] = headers[index]
        break
      }
    }
  }
  const missing = REQUIRED_COLUMNS.filter(({ keys }) => keys.every((key) => found[key] === undefined))
  if (missing.length > 0) {
    return {
      ok: false,
      reason: `colonnes obligatoires absentes : ${missing.map(({ label }) => label).join(', ')}`,
    }
  }
  return { ok: true, columns: found as DirectoryColumns }
}

export type DirectoryRow = {
  uai: string
  name: string
  kind: EstablishmentKind
  sector: Sector
  postcode: string | null
  commune: string
  departmentCode: string
  priorityEducation: PriorityEducation
}

export type DirectoryRowResult = { ok: true; value: DirectoryRow } | { ok: false; reason: string }

type Check<T> = { ok: true; value: T } | { ok: false; reason: string }

/** Every problem of the line is listed, separated by « ; », so the file can be fixed in one pass. */
export function parseDirectoryRow(record: Record<string, string>, columns: DirectoryColumns): DirectoryRowResult {
  const read = (key: ColumnKey): string => {
    const header = columns[key]
    return header === undefined ? '' : (record[header] ?? '').trim()
  }
  const flags: SchoolFlags = {
    maternelle: readFlag(read('maternelle')),
    elementaire: readFlag(read('elementaire')),
    voieGenerale: readFlag(read('voieGenerale')),
    voieTechnologique: readFlag(read('voieTechnologique')),
    voieProfessionnelle: readFlag(read('voieProfessionnelle')),
  }
  const uai = checkUai(read('uai'))
  const name = checkPresent(read('name'), 'nom manquant')
  const kind = decideKind(read('nature'), read('type'), flags)
  const sector = decideSector(read('sector'), read('privateContract'))
  const postcode = checkPostcode(read('postcode'))
  const commune = checkPresent(read('commune'), 'commune manquante')
  const departmentCode = checkDepartmentCode(read('department'))
  const priorityEducation = decidePriorityEducation(read('priorityEducation'))

  if (
    uai.ok &&
    name.ok &&
    kind.ok &&
    sector.ok &&
    postcode.ok &&
    commune.ok &&
    departmentCode.ok &&
    priorityEducation.ok
  ) {
    return {
      ok: true,
      value: {
        uai: uai.value,
        name: name.value,
        kind: kind.value,
        sector: sector.value,
        postcode: postcode.value,
        commune: commune.value,
        departmentCode: departmentCode.value,
        priorityEducation: priorityEducation.value,
      },
    }
  }
  const reasons = [uai, name, kind, sector, postcode, commune, departmentCode, priorityEducation].flatMap((check) =>
    check.ok ? [] : [check.reason],
  )
  return { ok: false, reason: reasons.join(' ; ') }
}

/** '002' → '02', '095' → '95', '02A' → '2A', '971' → '971'; null when the value is no département code. */
export function normalizeDepartmentCode(raw: string): string | null {
  const code = raw.trim().toUpperCase()
  const short = /^0(\d\d|2[AB])$/.test(code) ? code.slice(1) : code
  return /^(\d\d|2[AB]|9[78]\d)$/.test(short) && short !== '00' ? short : null
}

type SchoolFlags = {
  maternelle?: boolean
  elementaire?: boolean
  voieGenerale?: boolean
  voieTechnologique?: boolean
  voieProfessionnelle?: boolean
}

function decideKind(nature: string, type: string, flags: SchoolFlags): Check<EstablishmentKind> {
  for (const label of [nature, type]) {
    const kind = kindFromNature(normalizeLabel(label), flags)
    if (kind) return { ok: true, value: kind }
  }
  switch (normalizeLabel(type)) {
    case 'ECOLE':
      return { ok: true, value: schoolKind(flags) }
    case 'LYCEE':
      return { ok: true, value: lyceeKind(flags) }
  }
  if (!type && !nature) return { ok: false, reason: "type d'établissement manquant" }
  return { ok: false, reason: `type d'établissement non pris en charge : ${type || nature}` }
}

/** `libelle_nature` of the directory ("ECOLE DE NIVEAU ELEMENTAIRE", "LYCEE POLYVALENT"…), or null. */
function kindFromNature(nature: string, flags: SchoolFlags): EstablishmentKind | null {
  if (/^ECOLE MATERNELLE\b/.test(nature)) return 'ecole_maternelle'
  if (/^ECOLE PRIMAIRE\b/.test(nature)) return 'ecole_primaire'
  // The directory files primary schools (with nursery classes) as "ECOLE DE NIVEAU ELEMENTAIRE".
  if (/^ECOLE (DE NIVEAU )?ELEMENTAIRE\b/.test(nature)) return flags.maternelle ? 'ecole_primaire' : 'ecole_elementaire'
  if (/^COLLEGE\b/.test(nature)) return 'college'
  if (/^(LYCEE|SECTION D ENSEIGNEMENT) PROFESSIONNEL\b/.test(nature)) return 'lycee_pro'
  if (/^LYCEE POLYVALENT\b/.test(nature)) return 'lycee_polyvalent'
  if (/^(LYCEE|SECTION) D ENSEIGNEMENT (GENERAL|TECHNOLOGIQUE)\b|^LYCEE (GENERAL|TECHNOLOGIQUE)\b/.test(nature)) {
    return 'lycee_gt'
  }
  if (/^(ETABLISSEMENT|LYCEE) REGIONAL D ENSEIGNEMENT ADAPTE\b|^EREA\b/.test(nature)) return 'erea'
  return null
}

function schoolKind({ maternelle, elementaire }: SchoolFlags): EstablishmentKind {
  if (maternelle === true && elementaire === false) return 'ecole_maternelle'
  if (elementaire === true && maternelle === false) return 'ecole_elementaire'
  return 'ecole_primaire'
}

function lyceeKind({ voieGenerale, voieTechnologique, voieProfessionnelle }: SchoolFlags): EstablishmentKind {
  if (voieProfessionnelle !== true) return 'lycee_gt'
  return voieGenerale === true || voieTechnologique === true ? 'lycee_polyvalent' : 'lycee_pro'
}

function decideSector(status: string, privateContract: string): Check<Sector> {
  const value = normalizeLabel(status)
  if (value === 'PUBLIC') return { ok: true, value: 'public' }
  if (
    value === 'PRIVE HORS CONTRAT' ||
    (value === 'PRIVE' && normalizeLabel(privateContract).includes('HORS CONTRAT'))
  ) {
    return { ok: false, reason: 'établissement privé hors contrat non pris en charge' }
  }
  if (value === 'PRIVE' || value === 'PRIVE SOUS CONTRAT' || value === 'PRIVATE CONTRACT') {
    return { ok: true, value: 'private_contract' }
  }
  return { ok: false, reason: status ? `secteur inconnu « ${status} »` : 'secteur manquant' }
}

function decidePriorityEducation(raw: string): Check<PriorityEducation> {
  const value = normalizeLabel(raw).replace(/ /g, '')
  if (value === '') return { ok: true, value: 'none' }
  if (value === 'REP') return { ok: true, value: 'rep' }
  if (value === 'REP+' || value === 'REPPLUS') return { ok: true, value: 'rep_plus' }
  return { ok: false, reason: `éducation prioritaire inconnue « ${raw} » : REP, REP+ ou vide attendu` }
}

function checkUai(raw: string): Check<string> {
  const uai = raw.toUpperCase()
  if (!uai) return { ok: false, reason: 'UAI manquant' }
  if (!UAI_PATTERN.test(uai)) {
    return { ok: false, reason: `UAI invalide « ${raw} » : 7 chiffres suivis d'une lettre attendus` }
  }
  return { ok: true, value: uai }
}

function checkPostcode(raw: string): Check<string | null> {
  if (!raw) return { ok: true, value: null }
  if (!/^\d{5}$/.test(raw)) return { ok: false, reason: `code postal invalide « ${raw} » : 5 chiffres attendus` }
  return { ok: true, value: raw }
}

function checkDepartmentCode(raw: string): Check<string> {
  if (!raw) return { ok: false, reason: 'code département manquant' }
  const code = normalizeDepartmentCode(raw)
  return code ? { ok: true, value: code } : { ok: false, reason: `code département invalide « ${raw} »` }
}

function checkPresent(raw: string, reason: string): Check<string> {
  return raw ? { ok: true, value: raw } : { ok: false, reason }
}

function readFlag(raw: string): boolean | undefined {
  const value = raw.toLowerCase()
  if (value === '1' || value === 'oui' || value === 'true') return true
  if (value === '0' || value === 'non' || value === 'false') return false
  return undefined
}

/** "Identifiant_de_l'établissement" → "identifiantdeletablissement" (a leading BOM is dropped). */
function normalizeHeader(header: string): string {
  return stripAccents(header.replace(/^\uFEFF/, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

/** "Privé" → "PRIVE", "ETABLISSEMENT REGIONAL D'ENSEIGNEMENT ADAPTE" → "… D ENSEIGNEMENT ADAPTE"; keeps "+". */
function normalizeLabel(label: string): string {
  return stripAccents(label)
    .toUpperCase()
    .replace(/[^A-Z0-9+]+/g, ' ')
    .trim()
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
}
