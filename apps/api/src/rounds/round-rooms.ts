import { Injectable, type OnModuleInit } from '@nestjs/common';
import { RoomAccess } from '../realtime/room-access.js';

/** `round:<id>` rooms belong to the round's network: its members may follow them. */
@Injectable()
export class RoundRooms implements OnModuleInit {
  constructor(private readonly rooms: RoomAccess) {}

  onModuleInit(): void {
    this.rooms.register('round', async (id, dataSource) => {
      const [round] = (await dataSource.query(`SELECT network_id FROM rounds WHERE id = $1`, [id])) as {
        network_id: string;
      }[];
      return round?.network_id ?? null;
    });
  }
}
