import {
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

import { grouped, MAX_PAGE, MAX_PAGE_SIZE } from '@/domain/api/request-limits'

/** Fields at the root of one operation, aliases included: a query names what it needs, not 200 copies of a list. */
export const MAX_ROOT_FIELDS = 10
/** Levels of selections (`{ Projects { docs { owner { … } } } }` is 3 deep). */
export const MAX_QUERY_DEPTH = 8
/** Payload's estimate of a query's cost (1 per field, 10 per relationship); Payload's default is 1,000. */
export const MAX_COMPLEXITY = 600

/**
 * Validation rules added to graphql-js's (Payload's `graphQL.validationRules`): they run before
 * any resolver, so an expensive query is refused without touching the database (issue 16).
 */
export function graphqlLimits(args: ExecutionArgs): ValidationRule[] {
  const variables =
    args.variableValues && typeof args.variableValues === 'object'
      ? (args.variableValues as Record<string, unknown>)
      : {}
  return [shapeRule, (context) => paginationRule(context, variables)]
}

/** Root fields (aliases and fragments counted) and depth of each operation. */
function shapeRule(context: ValidationContext) {
  return {
    Document(document: DocumentNode) {
      const fragments = new Map<string, FragmentDefinitionNode>()
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
      }
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue
        const { selectionSet } = definition
        const roots = rootFields(selectionSet, fragments, new Set())
        if (roots > MAX_ROOT_FIELDS) {
          context.reportError(
            new GraphQLError(
              `Une requête GraphQL peut demander au plus ${MAX_ROOT_FIELDS} champs à sa racine (alias compris) ; celle-ci en demande ${roots}.`,
            ),
          )
        }
        const depth = depthOf(selectionSet, fragments, new Set())
        if (depth > MAX_QUERY_DEPTH) {
          context.reportError(
            new GraphQLError(
              `La requête GraphQL dépasse la profondeur permise : ${depth} niveaux, ${MAX_QUERY_DEPTH} au plus.`,
            ),
          )
        }
      }
    },
  }
}

function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  let count = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += 1
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFields(selection.selectionSet, fragments, seen)
    else {
      const fragment = fragments.get(selection.name.value)
      if (fragment && !seen.has(fragment.name.value))
        count += rootFields(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]))
    }
  }
  return count
}

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen))
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen))
    else {
      const fragment = fragments.get(selection.name.value)
      // A fragment that spreads itself is graphql-js's to refuse (NoFragmentCycles): not followed twice here.
      if (fragment && !seen.has(fragment.name.value))
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value])))
    }
  }
  return deepest
}

/** `limit` (1 to 100), `page` (1 or more) and `pagination` (never false) of every field, written in the query or given as variables. */
function paginationRule(context: ValidationContext, variables: Record<string, unknown>) {
  const valueOf = (node: ValueNode): unknown => {
    if (node.kind === Kind.VARIABLE) return variables[node.name.value]
    if (node.kind === Kind.INT) return Number(node.value)
    if (node.kind === Kind.FLOAT) return Number(node.value)
    if (node.kind === Kind.BOOLEAN) return node.value
    if (node.kind === Kind.NULL) return null
    return 'value' in node ? node.value : undefined
  }
  const isIntegerIn = (value: unknown, min: number, max: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
  return {
    Field(field: FieldNode) {
      for (const argument of field.arguments ?? []) {
        const value = valueOf(argument.value)
        if (value === undefined || value === null) continue
        const name = argument.name.value
        if (name === 'limit' && !isIntegerIn(value, 1, MAX_PAGE_SIZE)) {
          context.reportError(
            new GraphQLError(
              `L’argument limit de « ${field.name.value} » doit être un entier entre 1 et ${MAX_PAGE_SIZE} (documents par page).`,
              { nodes: [argument] },
            ),
          )
        }
        if (name === 'page' && !isIntegerIn(value, 1, MAX_PAGE)) {
          context.reportError(
            new GraphQLError(
              `L’argument page de « ${field.name.value} » doit être un entier entre 1 et ${grouped(MAX_PAGE)}.`,
              { nodes: [argument] },
            ),
          )
        }
        if (name === 'pagination' && value === false) {
          context.reportError(
            new GraphQLError(
              `La pagination de « ${field.name.value} » ne peut pas être désactivée : une page contient au plus ${MAX_PAGE_SIZE} documents.`,
              { nodes: [argument] },
            ),
          )
        }
      }
    },
  }
}
