/**
 * The GraphQL documents the web app sends, read from its source so the bench and the statement
 * count load what the pages really ask for (importing them would pull in React and Apollo Client).
 */
import { readFileSync } from 'node:fs';
import { Kind, parse, print, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { fileURLToPath } from 'node:url';

const WEB = fileURLToPath(new URL('../../web/src/', import.meta.url));

/** `export const NAME = gql\`…\`` from a web source file, with `${FRAGMENT}` of the same file filled in. */
export function webDocument(file: string, name: string): string {
  const source = readFileSync(WEB + file, 'utf8');
  const documents = new Map<string, string>();
  for (const match of source.matchAll(/export const (\w+) = gql`([^`]*)`/g))
    documents.set(match[1], match[2]);
  const fill = (text: string): string =>
    text.replace(/\$\{(\w+)\}/g, (_, ref: string) => fill(documents.get(ref) ?? ''));
  const document = documents.get(name);
  if (!document) throw new Error(`${name} not found in apps/web/src/${file}`);
  return fill(document);
}

export const NETWORK_PAGE_QUERY = webDocument('features/networks/networks.graphql.ts', 'NETWORK_PAGE');
export const NETWORK_ROUNDS_QUERY = webDocument('features/rounds/rounds.graphql.ts', 'NETWORK_ROUNDS');
export const MY_NETWORKS_QUERY = webDocument('features/home/HomePage.tsx', 'MY_NETWORKS');

/**
 * The page as the web loads it in one operation: the network page document with the rounds list
 * of the network's rounds document merged into its `network` field (the web sends them side by side).
 */
export function networkPageQuery(): string {
  const page = parse(NETWORK_PAGE_QUERY);
  const rounds = parse(NETWORK_ROUNDS_QUERY);
  const networkOf = (doc: ReturnType<typeof parse>) => {
    const operation = doc.definitions.find(
      (d) => d.kind === Kind.OPERATION_DEFINITION,
    ) as OperationDefinitionNode;
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
