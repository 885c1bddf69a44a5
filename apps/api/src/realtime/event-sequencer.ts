import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EventLogService } from './event-log.service.js';
import { RealtimeMetrics } from './realtime-metrics.js';

/** How often every process looks for events another process committed but never sequenced. */
const SWEEP_EVERY_MS = 1_000;
/** Younger queued events are left to the process that wrote them (it sequences right after commit). */
const LEFTOVER_AFTER_MS = 2_000;

/** A room's sequencing in this process: the run not started yet (joined by new commits), the tail of its runs. */
interface RoomSlot {
  waiting: Promise<void> | null;
  last: Promise<void>;
}

/**
 * Numbers and announces committed room events (EventLogService.sequence) right after their
 * transaction commits. Per room, one sequencing runs at a time in this process, and a commit
 * that arrives while one runs joins the next run: under load one short transaction sequences a
 * whole batch of concurrent commits, so the room's writes commit together instead of one after
 * another. Across processes the advisory locks in `sequence_room_events` serialise the runs.
 *
 * Failure cases: a write whose process dies between its commit and the sequencing leaves its
 * events queued. The next write to the room sequences them too (a run takes everything queued),
 * and every process sweeps for leftovers at boot and every second, so they are delivered within
 * seconds at the latest, in order, with the next seqs. A sweep is never wrong, only redundant:
 * any run numbers exactly what is committed and queued when it holds the rooms' locks.
 */
@Injectable()
export class EventSequencer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EventSequencer.name);
  private readonly rooms = new Map<string, RoomSlot>();
  private timer?: NodeJS.Timeout;
  private sweeping = false;
  private stopped = false;

  constructor(
    private readonly eventLog: EventLogService,
    private readonly metrics: RealtimeMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep(0);
    this.timer = setInterval(() => void this.sweep(LEFTOVER_AFTER_MS), SWEEP_EVERY_MS).unref();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  /**
   * Resolves once every event of these rooms committed before this call is sequenced (and its
   * NOTIFY committed); rejects when a sequencing failed (the sweep retries it). Rooms whose next
   * run has not started join it (it takes its snapshot after our commit); the others get one new
   * run together (one transaction for a change that notifies many rooms).
   */
  sequence(rooms: Iterable<string>): Promise<void> {
    const runs = new Set<Promise<void>>();
    const fresh: string[] = [];
    for (const room of new Set(rooms)) {
      const waiting = this.rooms.get(room)?.waiting;
      if (waiting) runs.add(waiting);
      else fresh.push(room);
    }
    if (fresh.length > 0) runs.add(this.startRun(fresh.sort()));
    return Promise.all(runs).then(() => undefined);
  }

  private startRun(rooms: string[]): Promise<void> {
    const slots = rooms.map((room) => {
      let slot = this.rooms.get(room);
      if (!slot) {
        slot = { waiting: null, last: Promise.resolve() };
        this.rooms.set(room, slot);
      }
      return slot;
    });
    const run: Promise<void> = Promise.all(slots.map((slot) => slot.last)).then(async () => {
      // from here on, a later commit needs a later run
      for (const slot of slots) if (slot.waiting === run) slot.waiting = null;
      const sequenced = await this.eventLog.sequence(rooms);
      if (sequenced > 0) {
        this.metrics.sequencings.inc();
        this.metrics.sequenced.inc(sequenced);
      }
    });
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    slots.forEach((slot, i) => {
      slot.waiting = run;
      slot.last = settled;
      void settled.then(() => {
        if (slot.last === settled) this.rooms.delete(rooms[i]);
      });
    });
    return run;
  }

  /** Sequences the rooms that have events queued for longer than `olderThanMs`. */
  async sweep(olderThanMs: number): Promise<void> {
    if (this.sweeping || this.stopped) return;
    this.sweeping = true;
    try {
      const rooms = await this.eventLog.roomsWithQueued(olderThanMs);
      if (rooms.length > 0) {
        this.logger.warn(`sequencing events left queued in ${rooms.length} room(s)`);
        await this.sequence(rooms);
      }
    } catch (error) {
      this.logger.warn(`sequencing leftover room events failed: ${(error as Error).message}`);
    } finally {
      this.sweeping = false;
    }
  }
}
