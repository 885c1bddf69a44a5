import DataLoader from 'dataloader';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { isUuid } from './ids.js';

/**
 * A batch function: one query for many keys, results in key order. It may prime other loaders of
 * the request with rows it joined in (e.g. members with their users), saving their queries.
 */
export type Batch<K, V> = (keys: readonly K[], dataSource: DataSource, loaders: Loaders) => Promise<V[]>;

export interface LoaderDefinition<K, V> {
  readonly name: string;
  readonly batch: Batch<K, V>;
}

export function defineLoader<K, V>(name: string, batch: Batch<K, V>): LoaderDefinition<K, V> {
  return { name, batch };
}

/**
 * How to read an entity's rows as plain objects: a SELECT list that names each column by its
 * property, and the column transformers to apply. Built once per entity (and column subset) from
 * TypeORM's metadata, so loaders skip query building and entity hydration on every request.
 */
interface PlainSelect {
  table: string;
  list: string;
  columnOf(property: string): string;
  transforms: [string, (value: unknown) => unknown][];
}

const plainSelects = new WeakMap<DataSource, Map<string, PlainSelect>>();

function plainSelect(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  properties?: readonly string[],
) {
  const metadata = dataSource.getMetadata(entity);
  let cache = plainSelects.get(dataSource);
  if (!cache) plainSelects.set(dataSource, (cache = new Map()));
  const key = `${metadata.tableName}|${properties?.join(',') ?? '*'}`;
  let select = cache.get(key);
  if (!select) {
    const columns = metadata.columns.filter((c) => !properties || properties.includes(c.propertyName));
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
    select = {
      table: quote(metadata.tableName),
      list: columns.map((c) => `${quote(c.databaseName)} AS ${quote(c.propertyName)}`).join(', '),
      columnOf: (property) => quote(metadata.findColumnWithPropertyName(property)!.databaseName),
      transforms: columns.flatMap((c) => {
        const transformer = c.transformer;
        if (!transformer || Array.isArray(transformer)) return [];
        return [[c.propertyName, (value: unknown) => (value === null ? null : transformer.from(value))]];
      }),
    };
    cache.set(key, select);
  }
  return select;
}

async function plainRows<E>(
  dataSource: DataSource,
  select: PlainSelect,
  where: string,
  params: unknown[],
): Promise<E[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT ${select.list} FROM ${select.table} ${where}`,
    params,
  );
  if (select.transforms.length)
    for (const row of rows)
      for (const [property, from] of select.transforms) row[property] = from(row[property]);
  return rows as E[];
}

/**
 * Loads rows by primary key `id` as plain objects of the entity's shape (only `properties`, when
 * given: e.g. no password hash where a name is shown); a missing (or malformed) id gives null.
 */
export function byId<E extends ObjectLiteral & { id: string }, P extends keyof E & string = keyof E & string>(
  name: string,
  entity: EntityTarget<E>,
  properties?: readonly P[],
): LoaderDefinition<string, Pick<E, P | 'id'> | null> {
  return defineLoader(name, async (ids, dataSource) => {
    const valid = ids.filter(isUuid);
    const select = plainSelect(dataSource, entity, properties && ['id', ...properties]);
    const rows = valid.length
      ? await plainRows<Pick<E, P | 'id'>>(dataSource, select, 'WHERE id = ANY($1::uuid[])', [valid])
      : [];
    const byKey = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

/** Loads the rows whose `column` equals each key, grouped per key (one query for all keys), as plain objects. */
export function groupedBy<E extends ObjectLiteral>(
  name: string,
  entity: EntityTarget<E>,
  column: keyof E & string,
  order?: Partial<Record<keyof E & string, 'ASC' | 'DESC'>>,
): LoaderDefinition<string, E[]> {
  return defineLoader(name, async (keys, dataSource) => {
    const select = plainSelect(dataSource, entity);
    const orderBy = Object.entries(order ?? {})
      .map(([property, direction]) => `${select.columnOf(property)} ${direction === 'DESC' ? 'DESC' : 'ASC'}`)
      .join(', ');
    const rows = await plainRows<E>(
      dataSource,
      select,
      `WHERE ${select.columnOf(column)} = ANY($1)${orderBy ? ` ORDER BY ${orderBy}` : ''}`,
      [[...keys]],
    );
    const groups = new Map<string, E[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(row[column] as string)?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Column types whose JSON form is not what `pg` gives for the column; `json` converts the timestamps. */
const TIMESTAMP_TYPES = new Set<unknown>(['timestamptz', 'timestamp', 'timestamp with time zone', Date]);
const JSON_UNLIKE_ROW = new Set<unknown>(['date', 'bigint', 'int8', 'numeric', 'decimal', 'bytea', 'time']);

/**
 * An entity's columns for a joined query: `alias."column" AS "prefix.property"` for each, and a reader
 * that takes those back out of a row as a plain object of the entity's shape (transformers applied) —
 * the same shape `byId` gives, so a join can prime that loader. `json` is the same as one JSON object
 * (`json_build_object`, keyed like the list) for a list read as JSON in a parent's statement; its reader
 * turns timestamps back into dates.
 */
export interface JoinedColumns<E> {
  list: string;
  json: string;
  read(row: Record<string, unknown>): E;
  readJson(object: Record<string, unknown>): E;
}

const joined = new WeakMap<DataSource, Map<string, JoinedColumns<ObjectLiteral>>>();

/** Built once per data source, entity, alias and prefix: a page reads them on every request. */
export function joinedColumns<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  alias: string,
  prefix: string,
): JoinedColumns<E> {
  let cache = joined.get(dataSource);
  if (!cache) joined.set(dataSource, (cache = new Map()));
  const key = `${dataSource.getMetadata(entity).tableName}|${alias}|${prefix}`;
  let columns = cache.get(key);
  if (!columns) cache.set(key, (columns = buildJoinedColumns(dataSource, entity, alias, prefix)));
  return columns as JoinedColumns<E>;
}

function buildJoinedColumns<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  alias: string,
  prefix: string,
): JoinedColumns<E> {
  const metadata = dataSource.getMetadata(entity);
  const columns = metadata.columns.map((c) => {
    const transformer = c.transformer && !Array.isArray(c.transformer) ? c.transformer : null;
    return {
      property: c.propertyName,
      key: `${prefix}.${c.propertyName}`,
      column: c.databaseName,
      transformer,
      type: c.type,
    };
  });
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const read = (row: Record<string, unknown>) => {
    const plain: Record<string, unknown> = {};
    for (const c of columns) {
      const value = row[c.key];
      plain[c.property] = c.transformer && value !== null ? c.transformer.from(value) : value;
    }
    return plain as E;
  };
  return {
    list: columns.map((c) => `${alias}.${quote(c.column)} AS ${quote(c.key)}`).join(', '),
    get json() {
      // only lists read as JSON need it, so a column type JSON cannot carry fails only them
      const unlike = columns.find((c) => JSON_UNLIKE_ROW.has(c.type));
      if (unlike)
        throw new Error(
          `${metadata.tableName}.${unlike.column} (${String(unlike.type)}) reads differently as JSON`,
        );
      return `json_build_object(${columns.map((c) => `'${c.key}', ${alias}.${quote(c.column)}`).join(', ')})`;
    },
    read,
    readJson(object) {
      const row = { ...object };
      for (const c of columns)
        if (TIMESTAMP_TYPES.has(c.type) && typeof row[c.key] === 'string')
          row[c.key] = new Date(row[c.key] as string);
      return read(row);
    },
  };
}

/**
 * Runs a statement that PostgreSQL parses and plans once per connection (a named prepared statement of
 * `pg`), for the few statements every page request sends. `name` must change whenever `text` does. It is
 * logged as TypeORM logs its own queries (the statement-count tests read that log).
 */
export async function preparedQuery<R>(
  dataSource: DataSource,
  name: string,
  text: string,
  params: unknown[],
): Promise<R[]> {
  dataSource.logger.logQuery(text, params);
  const pool = (dataSource.driver as unknown as { master: { query(config: object): Promise<{ rows: R[] }> } })
    .master;
  return (await pool.query({ name, text, values: params })).rows;
}

/**
 * A per-request DataLoader that also answers synchronously what was primed into it (`loadNow`): the rows a
 * list read along with its parent are then returned as they are, and graphql-js completes the list's fields
 * without a promise (and a microtask) per row.
 */
export class RequestLoader<K, V> extends DataLoader<K, V> {
  private readonly primed = new Map<K, V>();
  private readonly loaded = new Set<K>();

  override load(key: K): Promise<V> {
    this.loaded.add(key);
    return super.load(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    // DataLoader keeps what it holds already (primed or loaded); so does this
    const held = this.primed.has(key) || this.loaded.has(key);
    if (!held && !(value instanceof Error) && !isPromiseLike(value)) this.primed.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.primed.delete(key);
    this.loaded.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.primed.clear();
    this.loaded.clear();
    return super.clearAll();
  }

  /** The value if primed in this request, else `load(key)`. */
  loadNow(key: K): V | Promise<V> {
    return this.primed.has(key) ? this.primed.get(key)! : this.load(key);
  }
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/**
 * `preparedQuery` on a transaction's connection (`manager` from `UnitOfWork.run`): for the statements
 * of a write that runs many times a second (a save), parsed and planned once per connection.
 */
export async function preparedQueryIn<R>(
  manager: EntityManager,
  name: string,
  text: string,
  params: unknown[],
): Promise<R[]> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error(`${name}: not in a transaction`);
  manager.connection.logger.logQuery(text, params, runner);
  const client = (await runner.connect()) as { query(config: object): Promise<{ rows: R[] }> };
  return (await client.query({ name, text, values: params })).rows;
}

/** Per-request DataLoaders: created lazily, one per definition, cached for the request only. */
export class Loaders {
  private readonly loaders = new Map<LoaderDefinition<unknown, unknown>, RequestLoader<unknown, unknown>>();
  private primesLater: (() => void)[] = [];

  constructor(readonly dataSource: DataSource) {}

  /**
   * Runs `prime` before the request next asks for any loader, so rows read along are primed only when someone
   * reads them: a page answered from a kept answer (`keptResponses`) asks for none after its statement.
   */
  primeLater(prime: () => void): void {
    this.primesLater.push(prime);
  }

  of<K, V>(definition: LoaderDefinition<K, V>): RequestLoader<K, V> {
    if (this.primesLater.length) {
      const primes = this.primesLater;
      this.primesLater = [];
      for (const prime of primes) prime();
    }
    let loader = this.loaders.get(definition as LoaderDefinition<unknown, unknown>);
    if (!loader) {
      loader = new RequestLoader<K, V>((keys) =>
        definition.batch(keys, this.dataSource, this),
      ) as RequestLoader<unknown, unknown>;
      this.loaders.set(definition as LoaderDefinition<unknown, unknown>, loader);
    }
    return loader as RequestLoader<K, V>;
  }

  /** Forget cached values after a write in the same request. */
  clearAll(): void {
    this.primesLater = [];
    for (const loader of this.loaders.values()) loader.clearAll();
  }
}
