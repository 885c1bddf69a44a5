import { Injectable, type OnModuleInit } from '@nestjs/common';
import { RoomAccess } from '../realtime/room-access.js';

/** `goal:<id>` rooms belong to the goal's network: its members may follow them. */
@Injectable()
export class GoalRooms implements OnModuleInit {
  constructor(private readonly rooms: RoomAccess) {}

  onModuleInit(): void {
    this.rooms.register('goal', async (id, dataSource) => {
      const [goal] = (await dataSource.query(`SELECT network_id FROM goals WHERE id = $1`, [id])) as {
        network_id: string;
      }[];
      return goal?.network_id ?? null;
    });
  }
}
