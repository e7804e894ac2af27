/**
 * The API's refusals in French. Payload translates most of its own messages (the admin's language
 * is French), but a few refusals are English literals, and graphql-js writes only English; those
 * are rewritten here. graphql-js also suggests field names ("Did you mean …?"), which would list
 * the schema to someone introspection is closed to: suggestions are removed.
 */

const FRENCH_MARKS = /[àâçéèêëîïôûùœ’«»]/

const REST: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Route not found/, () => 'Cette adresse de l’API n’existe pas.'],
  [/^Cannot (GET|POST|PATCH|PUT|DELETE|OPTIONS) /, () => 'Cette adresse de l’API n’existe pas.'],
  [/^Invalid JSON/, () => 'Le corps de la requête n’est pas du JSON valide.'],
  [/^Missing ID of (version|document)/, () => 'L’identifiant du document manque dans l’adresse.'],
  [/^Not Found\.?$/i, () => 'Document introuvable.'],
  // A ValidationError built without a translator: the same words as Payload's French ones.
  [/^The following field is invalid: (.*)$/s, (m) => `Le champ suivant n’est pas valide : ${m[1]}`],
  [
    /^The following fields are invalid(?: \(\d+\))?: (.*)$/s,
    (m) => `Les champs suivants ne sont pas valides : ${m[1]}`,
  ],
  [/^The following paths? cannot be queried: (.*)$/s, (m) => `Ce filtre ou ce tri n’est pas permis : ${m[1]}.`],
  [/^Invalid (sort|select|populate|joins?)/i, (m) => `Le paramètre ${m[1].toLowerCase()} n’est pas valide.`],
  [/^Unauthorized/i, () => 'Vous n’êtes pas autorisé à effectuer cette action.'],
  [
    /^Missing 'where' query of documents to (delete|update)/,
    (m) => `${m[1] === 'delete' ? 'Supprimer' : 'Modifier'} plusieurs documents demande un paramètre where.`,
  ],
  [
    /^Collection \S+ has disabled bulk (delete|edit)/,
    (m) => `La ${m[1] === 'delete' ? 'suppression' : 'modification'} groupée est fermée pour cette collection.`,
  ],
  [
    /^Pasting from URL is not enabled/,
    () => 'L’import d’un fichier depuis une adresse n’est pas ouvert pour cette collection.',
  ],
  [/^Missing required data/, () => 'Des données obligatoires manquent.'],
  [/^Token is either invalid or has expired/, () => 'Ce lien n’est pas valide ou a expiré.'],
  [/^Verification token is invalid/, () => 'Ce lien de vérification n’est pas valide.'],
  [/^Invalid filename/, () => 'Ce nom de fichier n’est pas valide.'],
  [
    /^Content-Type expected to be application\/json/,
    () => 'Le corps de la requête doit être du JSON (Content-Type: application/json).',
  ],
  [/^Missing (email|username)/, () => 'L’adresse e-mail manque.'],
  [
    /^The collection with slug \S+ can(not|’t|'t) be duplicated/,
    () => 'Les documents de cette collection ne se dupliquent pas.',
  ],
  [/^Not supported/, () => 'Cette action n’est pas prise en charge.'],
  [/^(ID was not specified|No collection was specified|No global was specified)/, () => 'L’adresse est incomplète.'],
]

const GRAPHQL: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^Cannot query field "([^"]+)" on type "([^"]+)"\./,
    (m) => `Le champ « ${m[1]} » n’existe pas sur le type « ${m[2]} ».`,
  ],
  [
    /^Unknown argument "([^"]+)" on field "([^"]+)"\./,
    (m) => `L’argument « ${m[1]} » n’existe pas sur le champ « ${m[2]} ».`,
  ],
  [/^Unknown type "([^"]+)"\./, (m) => `Le type « ${m[1]} » n’existe pas.`],
  [/^Syntax Error: (.*)$/s, () => 'La requête GraphQL est mal formée (erreur de syntaxe).'],
  [
    /^Variable "\$([^"]+)" of required type "([^"]+)" was not provided\./,
    (m) => `La variable « $${m[1]} » (${m[2]}) est obligatoire.`,
  ],
  [/^Variable "\$([^"]+)" got invalid value/, (m) => `La variable « $${m[1]} » a une valeur invalide.`],
  [
    /^Variable "\$([^"]+)" of type "([^"]+)" used in position expecting type "([^"]+)"\./,
    (m) => `La variable « $${m[1]} » est de type ${m[2]} là où ${m[3]} est attendu.`,
  ],
  [
    /^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields\./,
    (m) => `Le champ « ${m[1]} » demande une sélection de sous-champs.`,
  ],
  [
    /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\./,
    (m) => `Le champ « ${m[1]} » n’a pas de sous-champs.`,
  ],
  [
    /^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\./,
    (m) => `L’argument « ${m[2]} » du champ « ${m[1]} » est obligatoire.`,
  ],
  [
    /^(Int|Float|String|Boolean|ID|JSON|DateTime|EmailAddress) cannot represent/,
    (m) => `Une valeur n’est pas du type ${m[1]} attendu.`,
  ],
  [/^Expected value of type "([^"]+)", found (.*)$/s, (m) => `Une valeur n’est pas du type ${m[1]} attendu.`],
  [
    /^Value "([^"]*)" does not exist in "([^"]+)" enum\./,
    (m) => `La valeur « ${m[1]} » n’est pas permise pour ${m[2]}.`,
  ],
  [
    /^The query exceeds the maximum complexity of (\d+)\. Actual complexity is (\d+)/,
    (m) => `La requête GraphQL est trop coûteuse : complexité ${m[2]}, ${m[1]} au plus.`,
  ],
  [/^GraphQL introspection is not allowed/, () => 'L’introspection GraphQL est fermée en production.'],
  [/^Must provide (query string|document)/, () => 'La requête GraphQL est absente (champ query).'],
  [/^Missing query/i, () => 'La requête GraphQL est absente (champ query).'],
  [/^Unexpected token|JSON/, () => 'Le corps de la requête n’est pas du JSON valide.'],
]

/** A message without graphql-js's suggestions of names. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '').trim()
}

function translate(message: string, table: [RegExp, (m: RegExpExecArray) => string][]): string | null {
  for (const [pattern, french] of table) {
    const match = pattern.exec(message)
    if (match) return french(match)
  }
  return null
}

/** A REST refusal's message in French (unchanged when it already is); an English one not listed keeps its detail after a French lead. */
export function frenchRestMessage(message: string): string {
  if (FRENCH_MARKS.test(message)) return message
  return translate(message, REST) ?? `Requête refusée : ${message}`
}

/** A GraphQL error's message in French, without suggestions; an English message of graphql-js left untranslated keeps its detail after a French lead. */
export function frenchGraphqlMessage(message: string): string {
  const bare = withoutSuggestions(message)
  if (FRENCH_MARKS.test(bare)) return bare
  return translate(bare, GRAPHQL) ?? translate(bare, REST) ?? `Requête GraphQL refusée : ${bare}`
}
