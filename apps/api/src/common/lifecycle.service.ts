import { Injectable } from '@nestjs/common';

/**
 * Where the process is in its life: serving, or draining for a graceful stop. Counts the work in
 * flight (HTTP requests and socket acks) so shutdown can wait for it, and tells readiness to fail
 * while draining so a load balancer stops sending new requests.
 */
@Injectable()
export class Lifecycle {
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  draining = false;

  /** Counts one unit of work from now until `done` is called (exactly once). */
  begin(): () => void {
    this.inFlight++;
    let finished = false;
    return () => {
      if (finished) return;
      finished = true;
      this.inFlight--;
      if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    };
  }

  async track<T>(work: () => Promise<T>): Promise<T> {
    const done = this.begin();
    try {
      return await work();
    } finally {
      done();
    }
  }

  get pending(): number {
    return this.inFlight;
  }

  /** Resolves true once nothing is in flight, or false when `graceMs` ran out first. */
  async idle(graceMs: number): Promise<boolean> {
    if (this.inFlight === 0) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), graceMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
