import { questionSubjectId } from '@samrad/domain';
import { DELETE_COMMENT, post, SEARCH, SET_LOCALE } from '../../../test/discussion-fixtures.js';
import { ok } from '../../../test/interpretation-fixtures.js';
import { createNetwork, peerNetwork } from '../../../test/network-fixtures.js';
import { createRound } from '../../../test/round-fixtures.js';
import { errorCode, startTestApp, type TestApp } from '../../../test/test-app.js';

describe('discussions: full-text search, per language', () => {
  let t: TestApp;
  let peers: Awaited<ReturnType<typeof peerNetwork>>;
  let roundId: string;
  let ids: Record<string, string>;

  const search = async (input: Record<string, unknown>, token = peers.viewer.token) => {
    const result = await t.gql(SEARCH, { input: { networkId: peers.net.id, ...input } }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.searchDiscussions as {
      comment: { id: string; body: string; author: { id: string }; thread: { subjectType: string } };
      snippet: { text: string; highlighted: boolean }[];
    }[];
  };
  const found = async (input: Record<string, unknown>) => (await search(input)).map((hit) => hit.comment.id);

  beforeAll(async () => {
    t = await startTestApp();
    peers = await peerNetwork(t, 'Söknätverket');
    const round = await createRound(t, peers.net.coordinator.token, peers.net.id);
    roundId = round.roundId;
    await ok(t, SET_LOCALE, { locale: 'da' }, peers.headTaby.token);
    await ok(t, SET_LOCALE, { locale: 'en' }, peers.editorSundbyberg.token);
    const onNetwork = { subjectType: 'NETWORK', subjectId: peers.net.id };
    const onQuestion = {
      subjectType: 'INDICATOR',
      subjectId: questionSubjectId(roundId, round.set.indicators[0].id),
    };
    ids = {
      sv: (
        await post(t, peers.editorSolna.token, {
          ...onQuestion,
          body: 'Kommunerna har **svarat** olika på frågan.',
        })
      ).id,
      da: (
        await post(t, peers.headTaby.token, { ...onNetwork, body: 'Kommunerne samarbejder om forebyggelse.' })
      ).id,
      en: (
        await post(t, peers.editorSundbyberg.token, {
          ...onNetwork,
          body: 'The municipalities agreed on prevention.',
        })
      ).id,
      removed: (
        await post(t, peers.editorSolna.token, { ...onNetwork, body: 'Kommunen drog tillbaka detta.' })
      ).id,
    };
    await ok(t, DELETE_COMMENT, { id: ids.removed }, peers.editorSolna.token);
    const other = await createNetwork(t, 'Annat söknätverk', ['Solna']);
    await post(t, other.coordinator.token, {
      subjectType: 'NETWORK',
      subjectId: other.id,
      body: 'Kommunerna i B',
    });
  }, 180_000);
  afterAll(() => t.close());

  it('finds "kommunerna" for "kommun" by Swedish stemming, with the match highlighted', async () => {
    const hits = await search({ query: 'kommun' });
    expect(hits.map((hit) => hit.comment.id)).toContain(ids.sv);
    const sv = hits.find((hit) => hit.comment.id === ids.sv)!;
    expect(sv.snippet.filter((part) => part.highlighted).map((part) => part.text)).toEqual(['Kommunerna']);
    // ts_headline keeps the text as written (markdown too), up to the last word
    expect(sv.snippet.map((part) => part.text).join('')).toBe('Kommunerna har **svarat** olika på frågan');
  });

  it('stems each comment in its author’s language: Danish and English too', async () => {
    expect(await found({ query: 'kommune' })).toContain(ids.da);
    expect(await found({ query: 'samarbejde' })).toEqual([ids.da]);
    expect(await found({ query: 'municipality' })).toEqual([ids.en]);
    expect(await found({ query: 'agree' })).toEqual([ids.en]);
  });

  it('leaves out removed comments and other networks; filters by subject type, round and author', async () => {
    const all = await found({ query: 'kommun' });
    expect(all).not.toContain(ids.removed);
    expect(all.sort()).toEqual([ids.sv, ids.da].sort());
    expect(await found({ query: 'kommun', subjectType: 'INDICATOR' })).toEqual([ids.sv]);
    expect(await found({ query: 'kommun', subjectType: 'NETWORK' })).toEqual([ids.da]);
    expect(await found({ query: 'kommun', roundId })).toEqual([ids.sv]);
    expect(await found({ query: 'kommun', authorId: peers.headTaby.id })).toEqual([ids.da]);
    expect(await found({ query: 'kommun', first: 1 })).toHaveLength(1);
  });

  it('takes any text as words (no syntax errors) and refuses empty or over-long searches', async () => {
    for (const query of ['kommun & | ! ( :*', '"', '-', 'och']) await search({ query });
    for (const query of ['', '  ', 'x'.repeat(201)]) {
      const result = await t.gql(SEARCH, { input: { networkId: peers.net.id, query } }, peers.viewer.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    }
  });

  it('is NOT_FOUND outside the network', async () => {
    const other = await createNetwork(t, 'Tredje', ['Täby']);
    const result = await t.gql(
      SEARCH,
      { input: { networkId: peers.net.id, query: 'kommun' } },
      other.coordinator.token,
    );
    expect([errorCode(result), result.data]).toEqual(['NOT_FOUND', null]);
  });
});
