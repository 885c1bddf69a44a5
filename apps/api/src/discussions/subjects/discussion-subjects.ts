import { Injectable } from '@nestjs/common';
import type { RoomName, SubjectType } from '@samrad/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids.js';

/** What a discussion needs to know of its subject. */
export interface DiscussionSubject {
  networkId: string;
  /** The round a ROUND or INDICATOR subject belongs to (search filters by it). */
  roundId: string | null;
  /** The title of a thread started without one. */
  defaultTitle: string;
  /** The subject's own room, told when one of its threads changes (`thread.activity`). */
  room: RoomName<'network' | 'round' | 'goal'>;
}

/** The row of a subject registered with `registerRow`. */
export interface SubjectRow {
  id: string;
  network_id: string;
  title: string;
}

/** Finds a subject by its id (null: no such subject). `db` is the request's transaction when there is one. */
export type SubjectResolver = (
  subjectId: string,
  db: DataSource | EntityManager,
) => Promise<DiscussionSubject | null>;

/**
 * The subject types discussions know, each registered at start by the module that owns it (as room kinds are:
 * NETWORK, ROUND and INDICATOR in subjects/core-subjects.ts; GOAL and MEETING with their features, one
 * `register` or `registerRow` call each). A type nobody registered finds nothing: NOT_FOUND, like a subject that does not exist.
 */
@Injectable()
export class DiscussionSubjects {
  private readonly resolvers = new Map<SubjectType, SubjectResolver>();

  register(type: SubjectType, resolver: SubjectResolver): void {
    if (this.resolvers.has(type)) throw new Error(`Subject type ${type} is already registered`);
    this.resolvers.set(type, resolver);
  }

  /**
   * A subject that is one row of `table` with `id`, `network_id` and `title` (a round, a goal, a meeting): found by
   * its uuid, titled by the row, told in the room `room` names for it.
   */
  registerRow(
    type: SubjectType,
    table: string,
    room: (row: SubjectRow) => DiscussionSubject['room'],
    roundId: (row: SubjectRow) => string | null = () => null,
  ): void {
    this.register(type, async (id, db) => {
      if (!isUuid(id)) return null;
      const [row] = (await db.query(`SELECT id, network_id, title FROM ${table} WHERE id = $1`, [
        id,
      ])) as SubjectRow[];
      return row
        ? { networkId: row.network_id, roundId: roundId(row), defaultTitle: row.title, room: room(row) }
        : null;
    });
  }

  registered(): SubjectType[] {
    return [...this.resolvers.keys()];
  }

  async find(
    type: SubjectType,
    subjectId: string,
    db: DataSource | EntityManager,
  ): Promise<DiscussionSubject | null> {
    const resolver = this.resolvers.get(type);
    return resolver ? resolver(subjectId, db) : null;
  }
}
