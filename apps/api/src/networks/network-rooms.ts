import { Injectable, type OnModuleInit } from '@nestjs/common';
import { RoomAccess } from '../realtime/room-access.js';

/** `network:<id>` rooms: the network is its own owner (the policy answers NOT_FOUND to non-members). */
@Injectable()
export class NetworkRooms implements OnModuleInit {
  constructor(private readonly rooms: RoomAccess) {}

  onModuleInit(): void {
    this.rooms.register('network', async (id) => id);
  }
}
