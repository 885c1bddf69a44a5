import { Injectable, type OnModuleInit } from '@nestjs/common';
import { RoomAccess } from '../../realtime/room-access.js';

/** `user:<id>`: one's own room, where one's notifications arrive; nobody else may join it. */
@Injectable()
export class UserRooms implements OnModuleInit {
  constructor(private readonly rooms: RoomAccess) {}

  onModuleInit(): void {
    this.rooms.registerPersonal('user');
  }
}
