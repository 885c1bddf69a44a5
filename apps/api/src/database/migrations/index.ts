import { Initial1795403605379 } from './1795403605379-Initial.js';
import { RealtimeLog1795405551227 } from './1795405551227-RealtimeLog.js';
import { Answers1795411329022 } from './1795411329022-Answers.js';
import { InvitationDeclined1795420000000 } from './1795420000000-InvitationDeclined.js';
import { Interpretations1796034170360 } from './1796034170360-Interpretations.js';
import { CatalogueOwnership1796037280417 } from './1796037280417-CatalogueOwnership.js';
import { AnswerSubmissions1796040000000 } from './1796040000000-AnswerSubmissions.js';
import { MunicipalityGroups1796044058173 } from './1796044058173-MunicipalityGroups.js';
import { InvitationMailStatus1796050000000 } from './1796050000000-InvitationMailStatus.js';
import { Goals1796053962703 } from './1796053962703-Goals.js';
import { Discussions1796054015491 } from './1796054015491-Discussions.js';
import { Reminders1796056992508 } from './1796056992508-Reminders.js';
import { NetworkPageVersions1796060000000 } from './1796060000000-NetworkPageVersions.js';
import { Meetings1796067859824 } from './1796067859824-Meetings.js';
import { Notifications1796067865824 } from './1796067865824-Notifications.js';
import { RoomEventQueue1796080264645 } from './1796080264645-RoomEventQueue.js';

/** The checked-in migrations, oldest first (class references: TypeORM cannot glob ESM modules). */
export const migrations = [
  Initial1795403605379,
  RealtimeLog1795405551227,
  Answers1795411329022,
  InvitationDeclined1795420000000,
  Interpretations1796034170360,
  CatalogueOwnership1796037280417,
  AnswerSubmissions1796040000000,
  MunicipalityGroups1796044058173,
  InvitationMailStatus1796050000000,
  Goals1796053962703,
  Discussions1796054015491,
  Reminders1796056992508,
  NetworkPageVersions1796060000000,
  Meetings1796067859824,
  Notifications1796067865824,
  RoomEventQueue1796080264645,
];
