import type { DataSource } from 'typeorm';

/** How many networks' lists a process keeps (the oldest remembered goes first). */
const MAX_NETWORKS = 1_000;

interface Entry {
  /** `network_page_versions.version` as read with the lists ('0' before the network's first change). */
  version: string;
  /** The JSON value of each part (`NetworkPart.field`) read at that version. */
  parts: Map<string, unknown>;
}

/**
 * The lists a network page reads along with the network (members, municipalities, rounds: `NetworkPart`s),
 * kept per process by the network's page version. That version is read with the caller's roles on every
 * page, in the same statement, and changes in every transaction that changes a list (triggers, see the
 * NetworkPageVersions migration): a list is reused only while nothing it shows has changed, in any process.
 * The lists are the same for every member; who may see them is decided per request, from the roles read
 * fresh in that statement, and they are read at all only for a member.
 */
export class NetworkPageCache {
  private readonly entries = new Map<string, Entry>();

  /** What this process holds for a network: the version and the parts read at it. */
  held(networkId: string): { version: string; parts: string[] } {
    const entry = this.entries.get(networkId);
    return entry ? { version: entry.version, parts: [...entry.parts.keys()] } : { version: '-1', parts: [] };
  }

  /** A part as read at `version`, if this process holds it. */
  part(networkId: string, version: string, field: string): unknown {
    const entry = this.entries.get(networkId);
    return entry?.version === version ? entry.parts.get(field) : undefined;
  }

  /** Keeps a part read at `version`; a part of another version replaces everything held for the network. */
  remember(networkId: string, version: string, field: string, value: unknown): void {
    let entry = this.entries.get(networkId);
    if (entry?.version !== version) {
      this.entries.delete(networkId);
      if (this.entries.size >= MAX_NETWORKS) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(networkId, (entry = { version, parts: new Map() }));
    }
    entry.parts.set(field, value);
  }
}

const caches = new WeakMap<DataSource, NetworkPageCache>();

/** The cache of the process for a database (tests run several apps, each with its own, in one process). */
export function networkPageCache(dataSource: DataSource): NetworkPageCache {
  let cache = caches.get(dataSource);
  if (!cache) caches.set(dataSource, (cache = new NetworkPageCache()));
  return cache;
}
