import {
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** The mutations that hash a password or rotate a token: each must be alone in its operation. */
const AUTH_MUTATIONS = new Set(['register', 'login', 'refreshToken']);

/**
 * One auth mutation per operation: aliases would otherwise run many argon2 hashes, or many password guesses,
 * behind one request and one rate-limit check. (Batched HTTP requests are off in Apollo Server.)
 */
export const oneAuthMutationRule: ValidationRule = (context: ValidationContext) => ({
  OperationDefinition(operation) {
    if (operation.operation !== 'mutation') return;
    const fields = rootFields(context, operation.selectionSet, new Set());
    if (fields.some((name) => AUTH_MUTATIONS.has(name)) && fields.length > 1) {
      context.reportError(
        new GraphQLError(`register, login and refreshToken must each be the only field of their operation`, {
          nodes: [operation],
        }),
      );
    }
  },
});

function rootFields(context: ValidationContext, selectionSet: SelectionSetNode, seen: Set<string>): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(context, selection.selectionSet, seen);
    if (seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    const fragment = context.getFragment(selection.name.value);
    return fragment ? rootFields(context, fragment.selectionSet, seen) : [];
  });
}
