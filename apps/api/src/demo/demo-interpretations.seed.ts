import type { Stance } from '@samrad/domain';
import type { DemoNetwork } from './demo-network.js';

interface DemoProposal {
  code: string;
  /** index of the municipality whose editor proposed it */
  by: number;
  text: string;
  status: 'OPEN' | 'AGREED' | 'REJECTED';
  outcome?: string;
  reviewBy?: string;
  /** one stance per municipality (in the demo's order); null: not yet responded */
  stances: (Stance | null)[];
  reasons?: Record<number, string>;
}

const ALL_AGREE: Stance[] = Array(8).fill('AGREE');

/** 2025: what the network agreed before answering (shown beside the questions in 2026). */
const agreed2025: DemoProposal[] = [
  {
    code: 'SAM-01',
    by: 1,
    text: 'En överenskommelse räknas om den är undertecknad av både kommun och region.',
    status: 'AGREED',
    outcome:
      'En överenskommelse räknas om den är undertecknad av både kommun och region och omfattar alkohol, narkotika, läkemedel och spel. En avsiktsförklaring räknas inte.',
    reviewBy: '2026-09-30',
    stances: ALL_AGREE,
  },
  {
    code: 'SAM-02',
    by: 4,
    text: 'Rutinen ska vara beslutad av ansvarig chef; ett utkast räknas inte.',
    status: 'AGREED',
    reviewBy: '2026-03-31',
    stances: ['AGREE', 'AGREE', 'AGREE', 'ABSTAIN', 'AGREE', 'AGREE', 'AGREE', 'AGREE'],
  },
  {
    code: 'BED-01',
    by: 2,
    text: 'Standardiserad bedömning = ASI, AUDIT eller DUDIT används vid varje nybesök.',
    status: 'AGREED',
    outcome:
      'Standardiserad bedömning betyder att ASI, AUDIT eller DUDIT används vid minst nio av tio nybesök.',
    stances: ['AGREE', 'AGREE', 'AGREE', 'AGREE', 'DISAGREE', 'AGREE', 'AGREE', 'AGREE'],
    reasons: { 4: 'Nio av tio är svårt att mäta hos oss.' },
  },
  {
    code: 'UPP-02',
    by: 6,
    text: 'Uppföljning räknas bara om den görs av samma handläggare.',
    status: 'REJECTED',
    outcome: 'Avvisat: vem som följer upp spelar ingen roll för frågan.',
    stances: ['DISAGREE', 'DISAGREE', 'ABSTAIN', 'DISAGREE', 'AGREE', 'DISAGREE', 'AGREE', 'DISAGREE'],
    reasons: {
      0: 'Frågan gäller om uppföljning sker, inte av vem.',
      1: 'Frågan gäller om uppföljning sker, inte av vem.',
      3: 'Vi har ett uppföljningsteam.',
      5: 'Skulle göra svaren ojämförbara.',
      7: 'Samma som Ekerö.',
    },
  },
];

/**
 * 2026: what the network agreed before answering (the round is past INTERPRETATION now): one agreed
 * with a dissent, one agreed once its wording met the municipality that had blocked it, one nearly
 * unanimous.
 */
const agreed2026: DemoProposal[] = [
  {
    code: 'SAM-03',
    by: 0,
    text: 'En rutin räknas om den är känd och används i både ekonomiskt bistånd och missbruksvården.',
    status: 'AGREED',
    outcome:
      'En rutin räknas om den är beslutad och känd i både ekonomiskt bistånd och missbruksvården; en rutin som bara finns i den ena verksamheten räknas inte.',
    stances: ['AGREE', 'AGREE', 'AGREE', 'AGREE', 'AGREE', 'DISAGREE', 'AGREE', 'AGREE'],
    reasons: { 5: 'Hos oss är det samma enhet: frågan passar inte riktigt.' },
  },
  {
    code: 'UPP-01',
    by: 3,
    text: 'Standardiserat instrument = ASI eller ett instrument med samma domäner; egna formulär räknas inte.',
    status: 'AGREED',
    outcome:
      'Standardiserat instrument = ASI eller ett instrument som täcker samma livsområden som ASI. Ett eget formulär räknas om det bygger på ASI:s domäner och används vid varje uppföljning.',
    reviewBy: '2027-03-31',
    stances: ['AGREE', 'AGREE', 'AGREE', 'AGREE', 'AGREE', 'AGREE', 'ABSTAIN', 'AGREE'],
    reasons: { 4: 'Med den nya formuleringen kan vi svara ja: vårt formulär bygger på ASI.' },
  },
  {
    code: 'INS-02',
    by: 7,
    text: 'MI räknas som erbjudet om handläggare med utbildning i MI använder metoden i samtalen.',
    status: 'AGREED',
    stances: ['AGREE', 'ABSTAIN', 'AGREE', 'AGREE', 'AGREE', 'AGREE', 'AGREE', 'AGREE'],
  },
];

/**
 * Interpretations for the demo network: the 2025 round agreed four readings (one rejected), so
 * the 2026 round shows them carried over ("agreed 2025 — review by 2026-09"); the 2026 round agreed
 * three more before its municipalities answered.
 */
export async function seedDemoInterpretations(
  { manager, coordinatorId, municipalities }: DemoNetwork,
  rounds: { roundId: string; setId: string; proposals: DemoProposal[]; resolvedAt: Date | null }[],
): Promise<void> {
  for (const { roundId, setId, proposals, resolvedAt } of rounds) {
    const indicators: { id: string; code: string }[] = await manager.query(
      `SELECT id, code FROM indicators WHERE indicator_set_id = $1`,
      [setId],
    );
    const idOf = new Map(indicators.map((i) => [i.code, i.id]));
    for (const p of proposals) {
      const resolved = p.status !== 'OPEN';
      const [{ id }] = await manager.query(
        `INSERT INTO interpretation_proposals
           (round_id, indicator_id, text, author_id, status, outcome, review_by, resolved_at, resolved_by_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, coalesce($8::timestamptz - interval '10 days', now())) RETURNING id`,
        [
          roundId,
          idOf.get(p.code),
          p.text,
          municipalities[p.by].editorId,
          p.status,
          resolved ? (p.outcome ?? p.text) : null,
          p.reviewBy ?? null,
          resolved ? resolvedAt : null,
          resolved ? coordinatorId : null,
        ],
      );
      const cast = p.stances
        .map((stance, i) => ({ stance, i }))
        .filter((s): s is { stance: Stance; i: number } => s.stance !== null);
      await manager.query(
        `INSERT INTO interpretation_positions (proposal_id, municipality_id, user_id, stance, reason)
         SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[])`,
        [
          id,
          cast.map((s) => municipalities[s.i].id),
          cast.map((s) => (s.i % 2 ? municipalities[s.i].headId : municipalities[s.i].editorId)),
          cast.map((s) => s.stance),
          cast.map((s) => p.reasons?.[s.i] ?? null),
        ],
      );
    }
  }
}

export const DEMO_INTERPRETATIONS = { agreed2025, agreed2026 };
