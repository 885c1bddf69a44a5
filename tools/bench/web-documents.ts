/**
 * The GraphQL documents the web app sends, read from its source so the bench loads what the pages
 * really ask for (importing them would pull React and Apollo Client into the bench).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const WEB = fileURLToPath(new URL('../../apps/web/src/', import.meta.url));

/** `export const NAME = gql\`…\`` from a web source file, with `${FRAGMENT}` of the same file filled in. */
export function webDocument(file: string, name: string): string {
  const source = readFileSync(WEB + file, 'utf8');
  const documents = new Map<string, string>();
  for (const match of source.matchAll(/export const (\w+) = gql`([^`]*)`/g)) documents.set(match[1], match[2]);
  const fill = (text: string): string => text.replace(/\$\{(\w+)\}/g, (_, ref: string) => fill(documents.get(ref) ?? ''));
  const document = documents.get(name);
  if (!document) throw new Error(`${name} not found in apps/web/src/${file}`);
  return fill(document);
}

export const NETWORK_PAGE_QUERY = webDocument('features/networks/networks.graphql.ts', 'NETWORK_PAGE');
export const NETWORK_ROUNDS_QUERY = webDocument('features/rounds/rounds.graphql.ts', 'NETWORK_ROUNDS');
export const MY_NETWORKS_QUERY = webDocument('features/home/HomePage.tsx', 'MY_NETWORKS');
