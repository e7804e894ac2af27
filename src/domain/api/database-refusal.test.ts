import { describe, expect, it } from 'vitest'

import { databaseRefusalMessage } from './database-refusal'

/** What Drizzle throws: its DrizzleQueryError, pg's DatabaseError in `cause`. */
const drizzle = (code: string, message: string) =>
  Object.assign(new Error('Failed query: select …'), { cause: Object.assign(new Error(message), { code }) })

describe('databaseRefusalMessage', () => {
  it.each([
    ['22P02', 'invalid input syntax for type integer: "abc"', 'La valeur « abc » n’est pas un nombre entier.'],
    ['22P02', 'invalid input syntax for type bigint: "Infinity"', 'La valeur « Infinity » n’est pas un nombre entier.'],
    ['22P02', 'invalid input syntax for type timestamp with time zone: "zzz"', 'La valeur « zzz » n’est pas une date.'],
    [
      '22P02',
      'invalid input value for enum enum_projects_status: "nope"',
      'La valeur « nope » ne fait pas partie des valeurs possibles.',
    ],
    ['22003', 'value "1e+99" is out of range for type integer', 'La valeur « 1e+99 » est hors des limites permises.'],
    [
      '2201X',
      'OFFSET must not be negative',
      'La pagination demandée n’est pas valide (page et limit sont des entiers positifs).',
    ],
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00', 'La requête contient un caractère nul ou invalide.'],
    ['22007', 'invalid input syntax for type date: "x"', 'La valeur « x » n’est pas une date valide.'],
    ['54000', 'index row requires 12016 bytes, maximum size is 8191', 'Une valeur de la requête est trop longue.'],
    ['22012', 'division by zero', 'Une valeur de la requête n’est pas valide.'],
    [
      '42883',
      'operator does not exist: enum_workshop_kits_status ~~* unknown',
      'Un champ à liste de choix se filtre par valeur exacte (equals, in), pas par recherche de texte.',
    ],
    [
      '42883',
      'operator does not exist: enum_pages_status !~~* unknown',
      'Un champ à liste de choix se filtre par valeur exacte (equals, in), pas par recherche de texte.',
    ],
    [
      '42883',
      'operator does not exist: integer !~~* unknown',
      'Ce champ se filtre par valeur exacte (equals, in) ou par comparaison, pas par recherche de texte.',
    ],
    [
      '42883',
      'operator does not exist: timestamp with time zone ~~* unknown',
      'Ce champ se filtre par valeur exacte (equals, in) ou par comparaison, pas par recherche de texte.',
    ],
  ])('%s %s', (code, message, french) => expect(databaseRefusalMessage(drizzle(code, message))).toBe(french))

  it.each([
    ['a unique violation', drizzle('23505', 'duplicate key value violates unique constraint')],
    ['a lost connection', drizzle('57P01', 'terminating connection due to administrator command')],
    ['a missing table', drizzle('42P01', 'relation "x" does not exist')],
    ['another missing operator (a bug, not a query)', drizzle('42883', 'operator does not exist: integer = text')],
    ['a plain error', new Error('boom')],
    ['nothing', undefined],
  ])('%s is not a refusal', (_case, error) => expect(databaseRefusalMessage(error)).toBeNull())
})
