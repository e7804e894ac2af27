import { describe, expect, it } from 'vitest'

import { frenchGraphqlMessage, frenchRestMessage, withoutSuggestions } from './french-messages'

describe('frenchRestMessage', () => {
  it.each([
    ['Route not found "/api/nope"', 'Cette adresse de l’API n’existe pas.'],
    ['Invalid JSON', 'Le corps de la requête n’est pas du JSON valide.'],
    ['The following path cannot be queried: owner.hash', 'Ce filtre ou ce tri n’est pas permis : owner.hash.'],
    ['The following field is invalid: convention', 'Le champ suivant n’est pas valide : convention'],
    ["Missing 'where' query of documents to delete.", 'Supprimer plusieurs documents demande un paramètre where.'],
    ['Vous n’êtes pas autorisé à effectuer cette action.', 'Vous n’êtes pas autorisé à effectuer cette action.'],
    ['Something unexpected', 'Requête refusée : Something unexpected'],
  ])('%s', (english, french) => expect(frenchRestMessage(english)).toBe(french))
})

describe('frenchGraphqlMessage', () => {
  it.each([
    [
      'Cannot query field "titl" on type "Project". Did you mean "title"?',
      'Le champ « titl » n’existe pas sur le type « Project ».',
    ],
    [
      'Unknown argument "limt" on field "Query.Projects". Did you mean "limit"?',
      'L’argument « limt » n’existe pas sur le champ « Query.Projects ».',
    ],
    ['Syntax Error: Expected Name, found <EOF>.', 'La requête GraphQL est mal formée (erreur de syntaxe).'],
    [
      'Variable "$id" got invalid value "abc"; Int cannot represent non-integer value: "abc"',
      'La variable « $id » a une valeur invalide.',
    ],
    [
      'The query exceeds the maximum complexity of 600. Actual complexity is 2000',
      'La requête GraphQL est trop coûteuse : complexité 2000, 600 au plus.',
    ],
    [
      'Le champ « hash » ne peut servir ni de filtre ni de tri.',
      'Le champ « hash » ne peut servir ni de filtre ni de tri.',
    ],
    ['Unknown directive "@foo".', 'Requête GraphQL refusée : Unknown directive "@foo".'],
  ])('%s', (english, french) => expect(frenchGraphqlMessage(english)).toBe(french))

  it('drops every suggestion of names', () => {
    expect(withoutSuggestions('Unknown type "Projet". Did you mean "Project", "Projects", or "ProjectNews"?')).toBe(
      'Unknown type "Projet".',
    )
  })
})
