import { Logger as NestLogger } from '@nestjs/common';
import { Logger, type LogLevel } from 'graphile-worker';

/** While PostgreSQL is away the worker reports the same failure every poll: one line per 10 s is enough. */
const REPEAT_EVERY_MS = 10_000;

/** graphile-worker's log lines through Nest's logger, with repeated errors held back; `quiet`: warnings and errors only. */
export function workerLogger({ quiet = false } = {}): Logger {
  const nest = new NestLogger('JobWorker');
  const lastSeen = new Map<string, number>();
  return new Logger(() => (level: LogLevel, message: string) => {
    if (level === 'error' || level === 'warning') {
      const kind = message.replace(/\d+/g, '#').slice(0, 60);
      const now = Date.now();
      if (now - (lastSeen.get(kind) ?? 0) < REPEAT_EVERY_MS) return;
      lastSeen.set(kind, now);
      if (lastSeen.size > 100) lastSeen.clear();
      if (level === 'error') nest.error(message);
      else nest.warn(message);
    } else if (quiet) return;
    else if (level === 'info') nest.log(message);
    else nest.debug(message);
  });
}
