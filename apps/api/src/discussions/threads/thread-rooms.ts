import { Injectable, type OnModuleInit } from '@nestjs/common';
import { RoomAccess } from '../../realtime/room-access.js';

/** `thread:<id>` rooms belong to the thread's network: its members may follow a thread live. */
@Injectable()
export class ThreadRooms implements OnModuleInit {
  constructor(private readonly rooms: RoomAccess) {}

  onModuleInit(): void {
    this.rooms.register('thread', async (id, dataSource) => {
      const [thread] = (await dataSource.query(`SELECT network_id FROM threads WHERE id = $1`, [id])) as {
        network_id: string;
      }[];
      return thread?.network_id ?? null;
    });
  }
}
