import { EXPORT_FORMATS, exportUrl } from '../export-fixtures.js';
import { minutesUrl } from '../meeting-fixtures.js';
import type { TestUser } from '../test-app.js';
import type { World } from './world.js';

/**
 * The HTTP endpoints (REST for files, apps/api/src/…/*.controller.ts) in the cross-tenant matrix.
 * Each route that names a tenant's object has attempts by B's people, a stranger and nobody (no
 * token): refused with the status listed, nothing of A in the answer, nothing written; the control
 * (someone allowed) gets 200 and a body.
 */
export interface HttpAttempt {
  label: string;
  /** null: no token at all. */
  as: TestUser | null;
  path: string;
  expect: number[];
  control?: TestUser;
}

export type HttpCaseTable = Record<string, (w: World) => HttpAttempt[]>;

export const httpCases: HttpCaseTable = {
  'GET /api/rounds/:roundId/compilation/export': ({ A, B, stranger }) =>
    EXPORT_FORMATS.flatMap((format) => {
      const path = exportUrl(A.answering.roundId, format, 'sv');
      return [
        { label: `${format}: nobody signed in`, as: null, path, expect: [401] },
        { label: `${format}: a stranger`, as: stranger, path, expect: [404] },
        {
          label: `${format}: B's coordinator`,
          as: B.coordinator,
          path,
          expect: [404],
          control: A.coordinator,
        },
        {
          label: `${format}: B's head of Solna (Solna is in both networks)`,
          as: B.headSolna,
          path,
          expect: [404],
          control: A.headX,
        },
        {
          label: `${format}: B's coordinator on A's earlier round`,
          as: B.coordinator,
          path: exportUrl(A.olderRoundId, format),
          expect: [404],
          control: A.viewer,
        },
      ];
    }),
  'GET /api/rounds/:roundId/answers/export': ({ A, B, stranger }) =>
    (['csv', 'xlsx'] as const).flatMap((format) => {
      const path = `/api/rounds/${A.answering.roundId}/answers/export?municipalityId=${A.X}&format=${format}`;
      return [
        { label: `${format}: nobody signed in`, as: null, path, expect: [401] },
        { label: `${format}: a stranger`, as: stranger, path, expect: [404] },
        {
          label: `${format}: B's coordinator`,
          as: B.coordinator,
          path,
          expect: [404],
          control: A.coordinator,
        },
        { label: `${format}: B's head of Solna`, as: B.headSolna, path, expect: [404], control: A.editorX },
      ];
    }),
  'GET /api/meetings/:meetingId/minutes': ({ A, B, stranger }) =>
    (['sv', 'da', 'en'] as const).flatMap((lang) => {
      const path = minutesUrl(A.meeting.id, lang);
      return [
        { label: `${lang}: nobody signed in`, as: null, path, expect: [401] },
        { label: `${lang}: a stranger`, as: stranger, path, expect: [404] },
        { label: `${lang}: B's coordinator`, as: B.coordinator, path, expect: [404], control: A.coordinator },
        { label: `${lang}: B's head of Solna`, as: B.headSolna, path, expect: [404], control: A.viewer },
      ];
    }),
};

/**
 * HTTP routes that name a tenant's object but take a multipart upload, which this matrix (GET
 * attempts) does not send: their own cross-tenant spec tries the same people, and why it is there.
 */
export const HTTP_COVERED_ELSEWHERE: Record<string, string> = {
  'POST /api/rounds/:roundId/answers/imports/preview':
    "cross-tenant-files.int-spec.ts: B's people 404, A's people without the role 403, nothing written",
  'POST /api/rounds/:roundId/answers/imports':
    "cross-tenant-files.int-spec.ts: B's people 404, A's people without the role 403, nothing written",
};

/** HTTP routes that name no object of a tenant, and why. */
export const HTTP_NO_FOREIGN_ID: Record<string, string> = {
  'GET /api/catalogue/imports/template.xlsx': 'public, holds no data',
  'POST /api/catalogue/imports/preview':
    "the owner network is checked like importIndicatorSet's (imports.int-spec.ts)",
  'POST /api/catalogue/imports':
    "the owner network is checked like importIndicatorSet's (imports.int-spec.ts)",
  'GET /api/catalogue/imports/kolada/settings': 'a server setting, the same for everyone signed in',
  'POST /api/catalogue/imports/kolada': "the owner network is checked like importIndicatorSet's",
  'POST /api/catalogue/imports/kolada/fetch': "the owner network is checked like importIndicatorSet's",
};
