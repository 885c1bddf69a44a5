import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { isUuid } from './ids.js';

/** A batch function: one query for many keys, results in key order. */
export type Batch<K, V> = (keys: readonly K[], dataSource: DataSource) => Promise<V[]>;

export interface LoaderDefinition<K, V> {
  readonly name: string;
  readonly batch: Batch<K, V>;
}

export function defineLoader<K, V>(name: string, batch: Batch<K, V>): LoaderDefinition<K, V> {
  return { name, batch };
}

/** Loads entities by primary key `id`; a missing (or malformed) id gives null. */
export function byId<E extends ObjectLiteral & { id: string }>(
  name: string,
  entity: EntityTarget<E>,
): LoaderDefinition<string, E | null> {
  return defineLoader(name, async (ids, dataSource) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await dataSource.getRepository(entity).findBy({ id: In(valid) } as never)
      : [];
    const byKey = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

/** Loads the rows whose `column` equals each key, grouped per key (one query for all keys). */
export function groupedBy<E extends ObjectLiteral>(
  name: string,
  entity: EntityTarget<E>,
  column: keyof E & string,
  order?: Partial<Record<keyof E & string, 'ASC' | 'DESC'>>,
): LoaderDefinition<string, E[]> {
  return defineLoader(name, async (keys, dataSource) => {
    const rows = await dataSource
      .getRepository(entity)
      .find({ where: { [column]: In([...keys]) } as never, order: order as never });
    const groups = new Map<string, E[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(row[column] as string)?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Per-request DataLoaders: created lazily, one per definition, cached for the request only. */
export class Loaders {
  private readonly loaders = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  of<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(definition as LoaderDefinition<unknown, unknown>);
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => definition.batch(keys, this.dataSource)) as DataLoader<
        unknown,
        unknown
      >;
      this.loaders.set(definition as LoaderDefinition<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** Forget cached values after a write in the same request. */
  clearAll(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }
}
