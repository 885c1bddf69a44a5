/**
 * The GraphQL documents the web app sends, read from its source so the bench and the statement
 * count load what the pages really ask for (importing them would pull in React and Apollo Client).
 */
import { readFileSync } from 'node:fs';
import { Kind, parse, print, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { fileURLToPath } from 'node:url';

const WEB = fileURLToPath(new URL('../../web/src/', import.meta.url));

/**
 * `const NAME = graphql(\`…\`, [FRAGMENTS])` from a web source file (gql.tada), with the fragments it
 * names (defined in the same file) appended, as the client sends it.
 */
export function webDocument(file: string, name: string): string {
  const source = readFileSync(WEB + file, 'utf8');
  const documents = new Map<string, { text: string; fragments: string[] }>();
  for (const match of source.matchAll(/const (\w+) = graphql\(\s*`([^`]*)`\s*(?:,\s*\[([^\]]*)\])?/g)) {
    const fragments = (match[3] ?? '')
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    documents.set(match[1], { text: match[2], fragments });
  }
  const withFragments = (ref: string, seen = new Set<string>()): string => {
    const document = documents.get(ref);
    if (!document) throw new Error(`${ref} not found in apps/web/src/${file}`);
    seen.add(ref);
    const fragments = document.fragments.filter((f) => !seen.has(f)).map((f) => withFragments(f, seen));
    return [document.text, ...fragments].join('\n');
  };
  return withFragments(name);
}

export const NETWORK_PAGE_QUERY = webDocument('features/networks/networks.graphql.ts', 'NETWORK_PAGE');
export const NETWORK_ROUNDS_QUERY = webDocument('features/rounds/rounds.graphql.ts', 'NETWORK_ROUNDS');
export const HOME_QUERY = webDocument('features/home/home.graphql.ts', 'HOME');

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
