import { Kind, parse, print, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { NETWORK_PAGE_QUERY, NETWORK_ROUNDS_QUERY } from './web-documents.js';

/**
 * The page as the web loads it in one operation: the network page document with the rounds list
 * of the network's rounds document merged into its `network` field (the web sends them side by side).
 */
export function networkPageQuery(): string {
  const page = parse(NETWORK_PAGE_QUERY);
  const rounds = parse(NETWORK_ROUNDS_QUERY);
  const networkOf = (doc: ReturnType<typeof parse>) => {
    const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    return operation.selectionSet.selections.find(
      (s) => s.kind === Kind.FIELD && s.name.value === 'network',
    ) as FieldNode;
  };
  const roundsField = networkOf(rounds).selectionSet!.selections.find(
    (s) => s.kind === Kind.FIELD && s.name.value === 'rounds',
  )!;
  const network = networkOf(page);
  (network.selectionSet!.selections as unknown[]).push(roundsField);
  return print(page);
}
