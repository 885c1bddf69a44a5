import {
  COMMENT_BODY_MAX,
  editCommentSchema,
  mentionToken,
  parseMentions,
  parseQuestionSubjectId,
  postCommentSchema,
  questionSubjectId,
  resolveMentions,
} from './discussions.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

describe('discussions', () => {
  it('names a question of a round as <roundId>:<indicatorId>, both ways', () => {
    expect(parseQuestionSubjectId(questionSubjectId(A, B.toUpperCase()))).toEqual({
      roundId: A,
      indicatorId: B,
    });
    expect(parseQuestionSubjectId(A)).toBeNull();
    expect(parseQuestionSubjectId(`${A}:${B}:${C}`)).toBeNull();
  });

  it('takes a markdown body of 1 to 10,000 characters without control characters', () => {
    const input = { subjectType: 'NETWORK', subjectId: A };
    expect(postCommentSchema.safeParse({ ...input, body: '  **hej**\n\n- a\n' }).data?.body).toBe(
      '**hej**\n\n- a',
    );
    for (const body of ['', '   \n ', 'x'.repeat(COMMENT_BODY_MAX + 1), 'a\u0000b', 'a\u0007']) {
      const result = postCommentSchema.safeParse({ ...input, body });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].path).toEqual(['body']);
    }
    expect(postCommentSchema.safeParse({ ...input, body: 'x'.repeat(COMMENT_BODY_MAX) }).success).toBe(true);
    expect(editCommentSchema.safeParse({ commentId: A, body: '' }).success).toBe(false);
  });

  it('refuses subject ids that are neither a uuid nor a question', () => {
    for (const subjectId of ['42', `${A}:`, `x${A}`, `${A}:${B}x`]) {
      expect(postCommentSchema.safeParse({ subjectType: 'ROUND', subjectId, body: 'x' }).success).toBe(false);
    }
  });

  it('keeps mentions of members and turns anyone else into plain text', () => {
    const text = `Hej ${mentionToken('Anna A', A)} och ${mentionToken('Bo [B]', B)}, ${mentionToken('Anna A', A)}`;
    expect(parseMentions(text).map((m) => m.userId)).toEqual([A, B, A]);
    const resolved = resolveMentions(text, new Set([A]));
    expect(resolved.mentionedUserIds).toEqual([A]);
    expect(resolved.body).toBe(`Hej @[Anna A](user:${A}) och @Bo  B , @[Anna A](user:${A})`);
    expect(resolveMentions('mail me @ a@b.se', new Set([A]))).toEqual({
      body: 'mail me @ a@b.se',
      mentionedUserIds: [],
    });
  });
});
