import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
} from '@samrad/domain';
import { DataSource, type EntityManager } from 'typeorm';

export interface PreferenceRow {
  kind: NotificationKind;
  channel: NotificationChannel;
  /** No choice of one's own: the kind's default applies. */
  isDefault: boolean;
}

/** Per person and kind: OFF, IN_APP or EMAIL (in-app and the digest); a missing row is the default. */
@Injectable()
export class PreferencesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(userId: string): Promise<PreferenceRow[]> {
    const own = new Map(
      (
        (await this.dataSource.query(
          `SELECT kind, channel FROM notification_preferences WHERE user_id = $1`,
          [userId],
        )) as { kind: NotificationKind; channel: NotificationChannel }[]
      ).map((row) => [row.kind, row.channel]),
    );
    return NOTIFICATION_KINDS.map((kind) => ({
      kind,
      channel: own.get(kind) ?? DEFAULT_NOTIFICATION_CHANNELS[kind],
      isDefault: !own.has(kind),
    }));
  }

  /** Sets the person's channel for one kind. */
  async set(
    userId: string,
    kind: NotificationKind,
    channel: NotificationChannel,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO notification_preferences (user_id, kind, channel) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, kind) DO UPDATE SET channel = EXCLUDED.channel, updated_at = now()`,
      [userId, kind, channel],
    );
  }

  /** The channel of one kind for each of `userIds` (one query). */
  async channels(userIds: string[], kind: NotificationKind): Promise<Map<string, NotificationChannel>> {
    const rows = (await this.dataSource.query(
      `SELECT user_id, channel FROM notification_preferences WHERE kind = $1 AND user_id = ANY($2::uuid[])`,
      [kind, userIds],
    )) as { user_id: string; channel: NotificationChannel }[];
    const own = new Map(rows.map((row) => [row.user_id, row.channel]));
    return new Map(userIds.map((id) => [id, own.get(id) ?? DEFAULT_NOTIFICATION_CHANNELS[kind]]));
  }
}
