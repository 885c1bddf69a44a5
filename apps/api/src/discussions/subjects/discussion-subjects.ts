import { Injectable } from '@nestjs/common';
import type { RoomName, SubjectType } from '@samrad/domain';
import type { DataSource, EntityManager } from 'typeorm';

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

/** Finds a subject by its id (null: no such subject). `db` is the request's transaction when there is one. */
export type SubjectResolver = (
  subjectId: string,
  db: DataSource | EntityManager,
) => Promise<DiscussionSubject | null>;

/**
 * The subject types discussions know, each registered at start by the module that owns it (as room kinds are:
 * NETWORK, ROUND and INDICATOR in subjects/core-subjects.ts; GOAL and MEETING with their features, one
 * `register` call each). A type nobody registered finds nothing: NOT_FOUND, like a subject that does not exist.
 */
@Injectable()
export class DiscussionSubjects {
  private readonly resolvers = new Map<SubjectType, SubjectResolver>();

  register(type: SubjectType, resolver: SubjectResolver): void {
    if (this.resolvers.has(type)) throw new Error(`Subject type ${type} is already registered`);
    this.resolvers.set(type, resolver);
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
