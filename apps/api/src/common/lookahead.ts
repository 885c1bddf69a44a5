import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields the query selects under the field being resolved (fragments followed): a resolver
 * can read what they need in its own statement. `@skip`/`@include` are not looked at, so a skipped field may
 * still be read along (wasted work, never more data in the answer).
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  return fieldsSelectedIn(
    info.fieldNodes.map((node) => node.selectionSet),
    (name) => info.fragments[name],
  );
}

/** The names of the fields directly in these selection sets, fragments followed (`selectedFields` before a resolver runs). */
export function fieldsSelectedIn(
  selectionSets: readonly (SelectionSetNode | undefined)[],
  fragment: (name: string) => FragmentDefinitionNode | undefined,
): Set<string> {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(fragment(selection.name.value)?.selectionSet);
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet);
  return names;
}
