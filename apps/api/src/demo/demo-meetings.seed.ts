import type { DemoNetwork } from './demo-network.js';

const DAY = 86_400_000;

/**
 * FoU Nordväst's meetings: June's goal-setting meeting (HELD, with minutes and two decisions — one on the ASI
 * goal, one on the agreed reading of a 2025 question) and the next network meeting three weeks after the seed
 * (PLANNED, agenda with the goals' follow-up). Inserted with SQL in the seed's transaction, like the other seeds.
 */
export async function seedDemoMeetings(demo: DemoNetwork, closedRoundId: string) {
  const { manager, networkId, coordinatorId } = demo;
  const [goal] = (await manager.query(
    `SELECT id, title FROM goals WHERE network_id = $1 ORDER BY created_at, title LIMIT 1`,
    [networkId],
  )) as { id: string; title: string }[];
  const [agreed] = (await manager.query(
    `SELECT p.id FROM interpretation_proposals p JOIN indicators i ON i.id = p.indicator_id
      WHERE p.round_id = $1 AND p.status = 'AGREED' ORDER BY i.position LIMIT 1`,
    [closedRoundId],
  )) as { id: string }[];

  const held = await insertMeeting(demo, {
    title: 'Nätverksmöte: mål för 2025–2027',
    startsAt: new Date(Date.UTC(2025, 5, 10, 7)),
    endsAt: new Date(Date.UTC(2025, 5, 10, 11)),
    place: 'Järfälla kommunhus, sammanträdesrum Görväln',
    onlineUrl: null,
    status: 'HELD',
    minutes: [
      '# Närvarande',
      '- Socialcheferna i Ekerö, Järfälla, Sigtuna, Sollentuna, Solna, Sundbyberg och Upplands-Bro',
      '- Samordnaren (ordförande och sekreterare)',
      '',
      '# Resultaten 2025',
      'Samordnaren visade sammanställningen. Nätverket såg störst skillnader i hur ASI används och i',
      'introduktionen av nyanställda.',
      '',
      '# Mål',
      'Nätverket enades om två gemensamma utvecklingsmål, se besluten nedan. Upplands Väsby var inte',
      'representerat och tar ställning till målen vid nästa möte.',
    ].join('\n'),
    agenda: [
      { title: 'Mötets öppnande och dagordning', notes: null },
      { title: 'Resultaten 2025', notes: 'Sammanställningen och de överenskomna tolkningarna.' },
      { title: 'Gemensamma utvecklingsmål', notes: 'Förslag från samordnaren, utskickade i maj.' },
      { title: 'Nästa möte', notes: null },
    ],
  });
  await manager.query(
    `INSERT INTO meeting_decisions (meeting_id, text, goal_id, interpretation_id, created_by_id, created_at)
     VALUES ($1, $2, $3, NULL, $5, $6), ($1, $4, NULL, $7, $5, $6 + interval '1 minute')`,
    [
      held,
      `Nätverket antar målet "${goal?.title ?? 'ASI'}" och följer upp det vid varje nätverksmöte.`,
      goal?.id ?? null,
      'Den överenskomna tolkningen gäller även i 2026 års uppföljning.',
      coordinatorId,
      new Date(Date.UTC(2025, 5, 10, 10)),
      agreed?.id ?? null,
    ],
  );

  const next = new Date(Date.now() + 21 * DAY);
  const startsAt = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate(), 8));
  await insertMeeting(demo, {
    title: 'Nätverksmöte: uppföljning av målen',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    place: 'Solna stadshus',
    onlineUrl: 'https://meet.demo.samrad.se/fou-nordvast',
    status: 'PLANNED',
    minutes: '',
    agenda: [
      { title: 'Mötets öppnande', notes: null },
      {
        title: 'Läget i målen',
        notes: 'Varje kommun berättar kort om sina åtaganden och vad som är i risk.',
      },
      { title: '2026 års enkät', notes: 'Tolkningsförslagen som är öppna.' },
    ],
  });
}

interface DemoMeeting {
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineUrl: string | null;
  status: 'PLANNED' | 'HELD';
  minutes: string;
  agenda: { title: string; notes: string | null }[];
}

async function insertMeeting(demo: DemoNetwork, meeting: DemoMeeting): Promise<string> {
  const { manager, networkId, coordinatorId } = demo;
  const [{ id }] = (await manager.query(
    `INSERT INTO meetings (network_id, title, starts_at, ends_at, place, online_url, status, minutes, created_by_id, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1) RETURNING id`,
    [
      networkId,
      meeting.title,
      meeting.startsAt,
      meeting.endsAt,
      meeting.place,
      meeting.onlineUrl,
      meeting.status,
      meeting.minutes,
      coordinatorId,
    ],
  )) as { id: string }[];
  await manager.query(
    `INSERT INTO meeting_agenda_items (meeting_id, position, title, notes)
     SELECT $1, position - 1, title, notes FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS a(title, notes, position)`,
    [id, meeting.agenda.map((item) => item.title), meeting.agenda.map((item) => item.notes)],
  );
  return id;
}
