import { Injectable } from '@nestjs/common';
import type { NetworkRole, RoundPhase } from '@samrad/domain';
import type { Goal } from '../goals/goal.entity.js';
import type { Network } from '../networks/network.entity.js';
import type { Round } from '../rounds/round.entity.js';

/**
 * What is mine to do now: one item per thing that asks something of me. Later features (answers
 * to submit, positions to take, goals to report on) add kinds and register a source.
 */
export const WORK_ITEM_KINDS = [
  /** Coordinator: a round that is not closed, in its current phase (DRAFT included: it waits to start). */
  'ROUND_PHASE',
  /** Coordinator: invitations of a network nobody has accepted yet. */
  'PENDING_INVITATIONS',
  /** Head or editor: what the round's current phase asks of my municipality. */
  'MUNICIPALITY_PHASE',
  /** Any other member (e.g. a viewer): a running round to follow. */
  'ROUND_TO_FOLLOW',
  /** Head or editor: open proposals my municipality has not taken a position on (round in INTERPRETATION). */
  'POSITIONS_TO_TAKE',
  /** Head or editor: my municipality's answers, not yet submitted (round in ANSWERING); count of total answered. */
  'ANSWERS_TO_SUBMIT',
  /** Head or editor: a goal my municipality committed to whose latest progress update is missing or older than the follow-up interval. */
  'PROGRESS_TO_REPORT',
] as const;
export type WorkItemKind = (typeof WORK_ITEM_KINDS)[number];

export interface WorkItem {
  /** Stable key: kind and the objects it is about. */
  id: string;
  kind: WorkItemKind;
  /** The role that makes this mine. */
  role: NetworkRole;
  networkId: string;
  /** The network's row, when already read (the home service sets it). */
  network?: Network;
  round?: Round;
  /** The goal it is about (PROGRESS_TO_REPORT), read by its source. */
  goal?: Goal;
  municipalityId?: string | null;
  phase?: RoundPhase | null;
  /** The deadline of the current phase, if one is set. */
  deadline?: Date | null;
  /** How many (e.g. pending invitations). */
  count?: number | null;
  /** Out of how many (e.g. questions in the round). */
  total?: number | null;
}

/** One of my roles in a network, with the network's name for sorting. */
export interface MyGrant {
  networkId: string;
  networkName: string;
  role: NetworkRole;
  municipalityId: string | null;
  /** Coordinators: the network's invitations still waiting for an answer (unexpired); null for other roles. */
  pendingInvitations: number | null;
}

/** What every source is given: loaded once per request, so no source needs to query per network. */
export interface WorkContext {
  userId: string;
  grants: MyGrant[];
  /** The rounds of my networks that are not CLOSED. */
  openRounds: Round[];
  now: Date;
}

export type WorkItemSource = (context: WorkContext) => Promise<WorkItem[]> | WorkItem[];

/** Registry of sources; each feature registers its own in its module's constructor. */
@Injectable()
export class WorkItemSources {
  private readonly sources = new Map<string, WorkItemSource>();

  register(name: string, source: WorkItemSource): void {
    this.sources.set(name, source);
  }

  all(): WorkItemSource[] {
    return [...this.sources.values()];
  }
}
