import { describe, expect, it } from 'vitest'

import {
  type DirectoryColumns,
  mapDirectoryHeader,
  normalizeDepartmentCode,
  parseDirectoryRow,
} from './parse-directory-row'

/** Headers of the national file, in its order (a subset: the other columns are ignored). */
const NATIONAL_HEADERS = [
  'Identifiant_de_l_etablissement',
  'Nom_etablissement',
  'Type_etablissement',
  'Statut_public_prive',
  'Adresse_1',
  'Code_postal',
  'Code_commune',
  'Nom_commune',
  'Code_departement',
  'Ecole_maternelle',
  'Ecole_elementaire',
  'Voie_generale',
  'Voie_technologique',
  'Voie_professionnelle',
  'Appartenance_Education_Prioritaire',
  'type_etablissement',
  'libelle_departement',
  'libelle_nature',
]

function nationalColumns(): DirectoryColumns {
  const mapping = mapDirectoryHeader(NATIONAL_HEADERS)
  if (!mapping.ok) throw new Error(mapping.reason)
  return mapping.columns
}

/** A public REP+ elementary school of the Val-d'Oise; each case overrides some columns. */
const BASE_ROW: Record<string, string> = {
  Identifiant_de_l_etablissement: '0950003C',
  Nom_etablissement: 'École élémentaire Jean Moulin',
  Type_etablissement: 'Ecole',
  Statut_public_prive: 'Public',
  Adresse_1: '12 rue de la République',
  Code_postal: '95200',
  Code_commune: '95585',
  Nom_commune: 'Sarcelles',
  Code_departement: '095',
  Ecole_maternelle: '0',
  Ecole_elementaire: '1',
  Voie_generale: '',
  Voie_technologique: '',
  Voie_professionnelle: '',
  Appartenance_Education_Prioritaire: 'REP+',
  type_etablissement: 'Ecole',
  libelle_departement: "Val-d'Oise",
  libelle_nature: 'ECOLE DE NIVEAU ELEMENTAIRE',
}

const BASE_VALUE = {
  uai: '0950003C',
  name: 'École élémentaire Jean Moulin',
  kind: 'ecole_elementaire',
  sector: 'public',
  postcode: '95200',
  commune: 'Sarcelles',
  departmentCode: '95',
  priorityEducation: 'rep_plus',
}

function parse(overrides: Record<string, string>) {
  return parseDirectoryRow({ ...BASE_ROW, ...overrides }, nationalColumns())
}

describe('mapDirectoryHeader', () => {
  it('finds every column of the national file', () => {
    expect(mapDirectoryHeader(NATIONAL_HEADERS)).toEqual({
      ok: true,
      columns: {
        uai: 'Identifiant_de_l_etablissement',
        name: 'Nom_etablissement',
        nature: 'libelle_nature',
        type: 'Type_etablissement',
        sector: 'Statut_public_prive',
        postcode: 'Code_postal',
        commune: 'Nom_commune',
        department: 'Code_departement',
        priorityEducation: 'Appartenance_Education_Prioritaire',
        maternelle: 'Ecole_maternelle',
        elementaire: 'Ecole_elementaire',
        voieGenerale: 'Voie_generale',
        voieTechnologique: 'Voie_technologique',
        voieProfessionnelle: 'Voie_professionnelle',
      },
    })
  })

  it.each([
    [
      'BOM before the first header',
      [
        '\uFEFFIdentifiant_de_l_etablissement',
        'Nom_etablissement',
        'Type_etablissement',
        'Statut_public_prive',
        'Nom_commune',
        'Code_departement',
      ],
      '\uFEFFIdentifiant_de_l_etablissement',
    ],
    [
      'accents, case and spaces',
      [
        "Identifiant de l'établissement",
        'NOM ÉTABLISSEMENT',
        'Type établissement',
        'Statut public privé',
        'Nom commune',
        'Code département',
      ],
      "Identifiant de l'établissement",
    ],
    ['short aliases', ['UAI', 'nom', 'type', 'secteur', 'commune', 'departement'], 'UAI'],
    ['other short aliases', ['uai', 'name', 'nature', 'statut', 'Commune', 'code_departement', 'cp', 'ep'], 'uai'],
  ])('accepts %s', (_case, headers, uaiHeader) => {
    const mapping = mapDirectoryHeader(headers)
    expect(mapping.ok && mapping.columns.uai).toBe(uaiHeader)
  })

  it('maps the short aliases of the optional columns', () => {
    const mapping = mapDirectoryHeader([
      'uai',
      'nom',
      'nature',
      'statut',
      'commune',
      'departement',
      'cp',
      'education_prioritaire',
    ])
    expect(mapping.ok && [mapping.columns.postcode, mapping.columns.priorityEducation]).toEqual([
      'cp',
      'education_prioritaire',
    ])
  })

  it.each([
    [
      ['Nom_etablissement', 'Type_etablissement', 'Statut_public_prive', 'Nom_commune', 'Code_departement'],
      'colonnes obligatoires absentes : UAI (Identifiant_de_l_etablissement)',
    ],
    [
      ['uai', 'nom', 'secteur', 'commune', 'departement'],
      'colonnes obligatoires absentes : type (libelle_nature ou Type_etablissement)',
    ],
    [
      ['uai', 'nom', 'type', 'Nom_departement'],
      'colonnes obligatoires absentes : secteur (Statut_public_prive), commune (Nom_commune), code département (Code_departement)',
    ],
    [
      ['a;b;c'],
      'colonnes obligatoires absentes : UAI (Identifiant_de_l_etablissement), nom (Nom_etablissement), type (libelle_nature ou Type_etablissement), secteur (Statut_public_prive), commune (Nom_commune), code département (Code_departement)',
    ],
  ])('refuses %j', (headers, reason) => {
    expect(mapDirectoryHeader(headers)).toEqual({ ok: false, reason })
  })
})

describe('parseDirectoryRow', () => {
  it('reads a line of the national file', () => {
    expect(parse({})).toEqual({ ok: true, value: BASE_VALUE })
  })

  it('trims values and uppercases the UAI', () => {
    expect(parse({ Identifiant_de_l_etablissement: ' 0950003c ', Nom_commune: '  Sarcelles ' })).toEqual({
      ok: true,
      value: BASE_VALUE,
    })
  })

  it.each([
    // libelle_nature first
    [{ libelle_nature: 'ECOLE MATERNELLE', Ecole_maternelle: '1', Ecole_elementaire: '0' }, 'ecole_maternelle'],
    [{ libelle_nature: 'ECOLE MATERNELLE D APPLICATION' }, 'ecole_maternelle'],
    [
      { libelle_nature: 'ECOLE DE NIVEAU ELEMENTAIRE', Ecole_maternelle: '0', Ecole_elementaire: '1' },
      'ecole_elementaire',
    ],
    [
      { libelle_nature: 'ECOLE DE NIVEAU ELEMENTAIRE', Ecole_maternelle: '1', Ecole_elementaire: '1' },
      'ecole_primaire',
    ],
    [{ libelle_nature: 'ECOLE ELEMENTAIRE D APPLICATION', Ecole_maternelle: '' }, 'ecole_elementaire'],
    [{ Type_etablissement: 'Collège', libelle_nature: 'COLLEGE' }, 'college'],
    [{ Type_etablissement: 'Lycée', libelle_nature: 'LYCEE PROFESSIONNEL' }, 'lycee_pro'],
    [{ Type_etablissement: 'Lycée', libelle_nature: 'SECTION D ENSEIGNEMENT PROFESSIONNEL' }, 'lycee_pro'],
    [{ Type_etablissement: 'Lycée', libelle_nature: 'LYCEE D ENSEIGNEMENT GENERAL ET TECHNOLOGIQUE' }, 'lycee_gt'],
    [
      {
        Type_etablissement: 'Lycée',
        libelle_nature: 'LYCEE D ENSEIGNEMENT GENERAL ET TECHNOLOGIQUE AGRICOLE',
      },
      'lycee_gt',
    ],
    [{ Type_etablissement: 'Lycée', libelle_nature: 'LYCEE POLYVALENT' }, 'lycee_polyvalent'],
    [{ Type_etablissement: 'EREA', libelle_nature: "ETABLISSEMENT REGIONAL D'ENSEIGNEMENT ADAPTE" }, 'erea'],
    [{ Type_etablissement: 'Lycée', libelle_nature: 'LYCEE REGIONAL D ENSEIGNEMENT ADAPTE' }, 'erea'],
    // else Type_etablissement and the 0/1 flags
    [{ libelle_nature: '', Ecole_maternelle: '1', Ecole_elementaire: '0' }, 'ecole_maternelle'],
    [{ libelle_nature: '', Ecole_maternelle: '0', Ecole_elementaire: '1' }, 'ecole_elementaire'],
    [{ libelle_nature: '', Ecole_maternelle: '1', Ecole_elementaire: '1' }, 'ecole_primaire'],
    [{ libelle_nature: '', Ecole_maternelle: '', Ecole_elementaire: '' }, 'ecole_primaire'],
    [
      { libelle_nature: 'ECOLE REGIONALE DU PREMIER DEGRE', Ecole_maternelle: '0', Ecole_elementaire: '1' },
      'ecole_elementaire',
    ],
    [{ libelle_nature: '', Type_etablissement: 'Collège' }, 'college'],
    [{ libelle_nature: '', Type_etablissement: 'EREA' }, 'erea'],
    [
      {
        libelle_nature: '',
        Type_etablissement: 'Lycée',
        Voie_generale: '1',
        Voie_technologique: '1',
        Voie_professionnelle: '0',
      },
      'lycee_gt',
    ],
    [
      {
        libelle_nature: '',
        Type_etablissement: 'Lycée',
        Voie_generale: '0',
        Voie_technologique: '0',
        Voie_professionnelle: '1',
      },
      'lycee_pro',
    ],
    [
      {
        libelle_nature: '',
        Type_etablissement: 'Lycée',
        Voie_generale: '1',
        Voie_technologique: '0',
        Voie_professionnelle: '1',
      },
      'lycee_polyvalent',
    ],
    [
      {
        libelle_nature: '',
        Type_etablissement: 'Lycée',
        Voie_generale: '0',
        Voie_technologique: '1',
        Voie_professionnelle: '1',
      },
      'lycee_polyvalent',
    ],
    [{ libelle_nature: '', Type_etablissement: 'Lycée' }, 'lycee_gt'],
  ])('kind of %j → %s', (overrides, kind) => {
    expect(parse(overrides)).toEqual({ ok: true, value: { ...BASE_VALUE, kind } })
  })

  it.each([
    ['Public', 'public'],
    ['PUBLIC', 'public'],
    ['Privé', 'private_contract'],
    ['Prive', 'private_contract'],
    ['Privé sous contrat', 'private_contract'],
  ])('sector %s → %s', (status, sector) => {
    expect(parse({ Statut_public_prive: status })).toEqual({ ok: true, value: { ...BASE_VALUE, sector } })
  })

  it.each([
    ['REP+', 'rep_plus'],
    ['rep +', 'rep_plus'],
    ['REP', 'rep'],
    ['rep', 'rep'],
    ['', 'none'],
    ['  ', 'none'],
  ])('priority education %j → %s', (value, priorityEducation) => {
    expect(parse({ Appartenance_Education_Prioritaire: value })).toEqual({
      ok: true,
      value: { ...BASE_VALUE, priorityEducation },
    })
  })

  it.each([
    ['002', '02'],
    ['095', '95'],
    ['02A', '2A'],
    ['02B', '2B'],
    ['2a', '2A'],
    ['95', '95'],
    ['971', '971'],
    ['976', '976'],
  ])('department %s → %s', (code, departmentCode) => {
    expect(parse({ Code_departement: code })).toEqual({ ok: true, value: { ...BASE_VALUE, departmentCode } })
  })

  it('accepts a missing postcode', () => {
    expect(parse({ Code_postal: '' })).toEqual({ ok: true, value: { ...BASE_VALUE, postcode: null } })
  })

  it('reads a file with the short headers', () => {
    const mapping = mapDirectoryHeader(['uai', 'nom', 'type', 'secteur', 'cp', 'commune', 'departement', 'ep'])
    if (!mapping.ok) throw new Error(mapping.reason)
    const record = {
      uai: '0020001a',
      nom: 'Collège Saint-Joseph',
      type: 'Collège',
      secteur: 'Privé',
      cp: '02200',
      commune: 'Soissons',
      departement: '02',
      ep: '',
    }
    expect(parseDirectoryRow(record, mapping.columns)).toEqual({
      ok: true,
      value: {
        uai: '0020001A',
        name: 'Collège Saint-Joseph',
        kind: 'college',
        sector: 'private_contract',
        postcode: '02200',
        commune: 'Soissons',
        departmentCode: '02',
        priorityEducation: 'none',
      },
    })
  })

  it('treats a column missing from a short line as empty', () => {
    const { Appartenance_Education_Prioritaire: _ignored, libelle_nature: _nature, ...shortRow } = BASE_ROW
    expect(parseDirectoryRow(shortRow, nationalColumns())).toEqual({
      ok: true,
      value: { ...BASE_VALUE, priorityEducation: 'none' },
    })
  })

  it.each([
    [{ Identifiant_de_l_etablissement: '123' }, "UAI invalide « 123 » : 7 chiffres suivis d'une lettre attendus"],
    [
      { Identifiant_de_l_etablissement: '09500031' },
      "UAI invalide « 09500031 » : 7 chiffres suivis d'une lettre attendus",
    ],
    [{ Identifiant_de_l_etablissement: '' }, 'UAI manquant'],
    [{ Nom_etablissement: ' ' }, 'nom manquant'],
    [
      {
        Type_etablissement: 'Médico-social',
        type_etablissement: 'Médico-social',
        libelle_nature: 'INSTITUT MEDICO-EDUCATIF',
      },
      "type d'établissement non pris en charge : Médico-social",
    ],
    [
      {
        Type_etablissement: 'Information et orientation',
        libelle_nature: "CENTRE D'INFORMATION ET D'ORIENTATION",
      },
      "type d'établissement non pris en charge : Information et orientation",
    ],
    [{ Type_etablissement: 'Crèche', libelle_nature: '' }, "type d'établissement non pris en charge : Crèche"],
    [
      { Type_etablissement: '', libelle_nature: 'INSTITUT MEDICO-EDUCATIF' },
      "type d'établissement non pris en charge : INSTITUT MEDICO-EDUCATIF",
    ],
    [{ Type_etablissement: '', libelle_nature: '' }, "type d'établissement manquant"],
    [{ Statut_public_prive: 'Mixte' }, 'secteur inconnu « Mixte »'],
    [{ Statut_public_prive: '' }, 'secteur manquant'],
    [{ Statut_public_prive: 'Privé hors contrat' }, 'établissement privé hors contrat non pris en charge'],
    [{ Code_postal: '9520' }, 'code postal invalide « 9520 » : 5 chiffres attendus'],
    [{ Code_postal: '95 200' }, 'code postal invalide « 95 200 » : 5 chiffres attendus'],
    [{ Nom_commune: '' }, 'commune manquante'],
    [{ Code_departement: '' }, 'code département manquant'],
    [{ Code_departement: '9' }, 'code département invalide « 9 »'],
    [{ Code_departement: '000' }, 'code département invalide « 000 »'],
    [{ Code_departement: '2C' }, 'code département invalide « 2C »'],
    [{ Code_departement: '0971' }, 'code département invalide « 0971 »'],
    [
      { Appartenance_Education_Prioritaire: 'REP++' },
      'éducation prioritaire inconnue « REP++ » : REP, REP+ ou vide attendu',
    ],
    [
      { Appartenance_Education_Prioritaire: 'ZEP' },
      'éducation prioritaire inconnue « ZEP » : REP, REP+ ou vide attendu',
    ],
    [
      { Identifiant_de_l_etablissement: 'X', Statut_public_prive: 'Mixte', Code_postal: 'abc' },
      "UAI invalide « X » : 7 chiffres suivis d'une lettre attendus ; secteur inconnu « Mixte » ; code postal invalide « abc » : 5 chiffres attendus",
    ],
  ])('refuses %j', (overrides, reason) => {
    expect(parse(overrides)).toEqual({ ok: false, reason })
  })

  it('refuses a private school outside contract (Type_contrat_prive)', () => {
    const mapping = mapDirectoryHeader([...NATIONAL_HEADERS, 'Type_contrat_prive'])
    if (!mapping.ok) throw new Error(mapping.reason)
    const row = { ...BASE_ROW, Statut_public_prive: 'Privé', Type_contrat_prive: 'HORS CONTRAT' }
    expect(parseDirectoryRow(row, mapping.columns)).toEqual({
      ok: false,
      reason: 'établissement privé hors contrat non pris en charge',
    })
    const underContract = { ...row, Type_contrat_prive: 'CONTRAT D ASSOCIATION TOUTES CLASSES' }
    expect(parseDirectoryRow(underContract, mapping.columns)).toEqual({
      ok: true,
      value: { ...BASE_VALUE, sector: 'private_contract' },
    })
  })
})

describe('normalizeDepartmentCode', () => {
  it.each([
    ['002', '02'],
    ['02A', '2A'],
    [' 095 ', '95'],
    ['974', '974'],
    ['00', null],
    ['1', null],
    ['ABC', null],
  ])('%j → %j', (raw, code) => {
    expect(normalizeDepartmentCode(raw)).toBe(code)
  })
})
