import { insightsFixture, HOUR, T0, WEEK } from '../support/insights-fixture';
import { SpotlightQueries } from '../../src/storage/spotlight-queries';
import { DigestQueries } from '../../src/storage/digest-queries';
import { buildDigest, buildSpotlight, describeSpotlight } from '../../src/app/insights/build-insights';
import { seededRng } from '../../src/ports/rng';
import type { PeriodRange } from '../../src/domain/periods';

/** W44..W49, oldest first; the digest and spotlight are for W49. */
const PERIODS: PeriodRange[] = [44, 45, 46, 47, 48, 49].map((w, i) => ({ key: `2026-W${w}`, from: T0 + i * WEEK, to: T0 + (i + 1) * WEEK }));
const W = (n: number) => PERIODS[n - 44].from; // start of week n
const THIS = PERIODS[5];

/**
 * Hand-computed community:
 *  W44 ana hosts, mid answers (inside the quiet window, before the 5 shown periods)
 *  W45 raj hosts; ana adds a prompt, raj answers                     → 3 contributions, 2 people
 *  W46 (fallback round, nothing else)                                → 0, 0
 *  W47 ana hosts and answers                                         → 2, 1
 *  W48 kim hosts; an erased member's answer                          → 2, 1
 *  W49 ana hosts, answers and gets 2 reactions; raj answers (no link)
 *      and gets kudos from ana; kim (opted out) and lea (leaves) answer → 6, 4 (reactions not counted)
 * Top contributors over W45-W49: ana 5, raj 4, kim 2, lea 1 of 13 → top 3 made 85%.
 */
function community() {
  const f = insightsFixture();
  const { community: c, contributions, person, round, hostTurn, db, store } = f;
  const ids = {
    ana: person('UANA', { name: 'Ana' }),
    raj: person('URAJ', { name: 'Raj' }),
    kim: person('UKIM', { name: 'Kim' }),
    lea: person('ULEA', { name: 'Lea' }),
    old: person('UOLD', { name: 'Old' }),
    mid: person('UMID', { name: 'Mid' }),
    silent: person('USIL', { name: 'Silent' }),
    newbie: person('UNEW', { name: 'Newbie', joinedAt: W(49) + HOUR }),
    gone: person('UGONE', { name: 'Gone' }),
  };
  store.people.setOptOut(ids.kim, 'spotlight', true);
  const rounds = Object.fromEntries([44, 45, 46, 47, 48, 49, 50].map((w) => [w, round(`2026-W${w}`, W(44) + (w - 44) * WEEK, { fallback: w === 46, posted: w < 50 })]));
  const cid = c.id;
  const link = (m: string) => ({ channelId: 'C1', messageId: m, link: `https://chat/${m}` });

  contributions.add({ communityId: cid, personId: ids.old, kind: 'prompt', text: 'long ago', now: T0 - WEEK });
  contributions.recordAnswer({ communityId: cid, personId: ids.mid, roundId: rounds[44], text: 'mid', now: W(44) + HOUR });
  contributions.add({ communityId: cid, personId: ids.ana, kind: 'prompt', text: 'What did you learn?', now: W(45) + HOUR });
  contributions.recordAnswer({ communityId: cid, personId: ids.raj, roundId: rounds[45], text: 'raj w45', ...link('r45'), now: W(45) + 2 * HOUR });
  contributions.recordAnswer({ communityId: cid, personId: ids.ana, roundId: rounds[47], text: 'ana w47', ...link('a47'), now: W(47) + HOUR });
  contributions.recordAnswer({ communityId: cid, personId: ids.gone, roundId: rounds[48], text: 'gone', now: W(48) + HOUR });
  db.prepare('DELETE FROM people WHERE id = ?').run(ids.gone);

  contributions.recordAnswer({ communityId: cid, personId: ids.ana, roundId: rounds[49], text: 'Pairing <!channel> *saved* my week', ...link('a49'), now: W(49) + HOUR });
  contributions.add({ communityId: cid, personId: ids.ana, fromId: ids.raj, kind: 'reaction', messageId: 'a49', now: W(49) + 2 * HOUR });
  contributions.add({ communityId: cid, personId: ids.ana, fromId: ids.kim, kind: 'reaction', messageId: 'a49', now: W(49) + 2 * HOUR });
  contributions.recordAnswer({ communityId: cid, personId: ids.raj, roundId: rounds[49], text: 'not in the channel (no channel recorded)', now: W(49) + 3 * HOUR });
  contributions.add({ communityId: cid, personId: ids.raj, kind: 'kudos', fromId: ids.ana, text: 'Raj fixed the build for everyone', ...link('k49'), now: W(49) + 4 * HOUR });
  contributions.recordAnswer({ communityId: cid, personId: ids.kim, roundId: rounds[49], text: 'kim', ...link('k'), now: W(49) + HOUR });
  contributions.recordAnswer({ communityId: cid, personId: ids.lea, roundId: rounds[49], text: 'lea', ...link('l'), now: W(49) + HOUR });
  store.people.leave(cid, ids.lea, W(49) + 5 * HOUR);

  // Another community's activity never leaks in.
  const other = store.communities.create({ ...c, channelId: 'C2', settings: c }).id;
  contributions.add({ communityId: other, personId: ids.ana, kind: 'prompt', text: 'elsewhere', now: W(49) + HOUR });

  // Hosting, recorded when each round was posted: W44 ana, W45 raj, W46 fallback, W47 ana, W48 kim,
  // W49 ana. W50 is not posted yet: raj was nudged and has not answered.
  for (const [w, host] of [[44, ids.ana], [45, ids.raj], [47, ids.ana], [48, ids.kim], [49, ids.ana]]) {
    contributions.add({ communityId: cid, personId: host, kind: 'host', roundId: rounds[w], now: W(w) });
  }
  hostTurn(rounds[50], ids.raj, 'nudged', { nudgedAt: W(49) + HOUR });

  // Earlier spotlights: W47 ana and raj, W48 ana.
  f.spotlights.record(cid, '2026-W47', [ids.ana, ids.raj], W(47) + 100 * HOUR);
  f.spotlights.record(cid, '2026-W48', [ids.ana], W(48) + 100 * HOUR);

  db.prepare("INSERT INTO occurrences (community_id, job, period_key, due_at, status, handled_at, reason) VALUES (?, 'prompt', '2026-W49', ?, 'skipped', ?, 'more than 12 h late')").run(cid, W(49), W(49) + 20 * HOUR);
  db.prepare(
    "INSERT INTO outbox (key, platform, community_id, target, message, status, next_attempt_at, created_at) VALUES ('k1', 'slack', ?, '{}', '{}', 'failed', 0, ?)",
  ).run(cid, W(49) + HOUR);
  return { ...f, ids, cid };
}

describe('SpotlightQueries', () => {
  it('gathers contributors of the period with counts by kind, who is excluded, and history', () => {
    const { db, cid, ids } = community();
    const q = new SpotlightQueries(db);
    const inputs = q.inputs(cid, THIS);
    const byId = Object.fromEntries(inputs.contributors.map((c) => [c.personId, c]));
    expect(Object.keys(byId).map(Number).sort()).toEqual([ids.ana, ids.raj, ids.kim, ids.lea].sort()); // gone was erased
    expect(byId[ids.ana]).toEqual({ personId: ids.ana, counts: { answer: 1, host: 1, reaction: 2 } });
    expect(byId[ids.raj].counts).toEqual({ answer: 1, kudos: 1 });
    const excluded = q.excluder(cid);
    expect([ids.ana, ids.raj, ids.kim, ids.lea, 9999].map(excluded)).toEqual([false, false, true, true, true]); // kim opted out, lea left
    expect(q.userIds([ids.ana, ids.raj])).toEqual(new Map([[ids.ana, 'UANA'], [ids.raj, 'URAJ']]));
    expect(inputs.history.sort((a, b) => a.personId - b.personId)).toEqual([
      { personId: ids.ana, times: 2, lastAt: W(48) + 100 * HOUR },
      { personId: ids.raj, times: 1, lastAt: W(47) + 100 * HOUR },
    ]);
  });

  it('quotes only texts public in the channel, with links', () => {
    const { db, cid, ids, contributions } = community();
    contributions.add({ communityId: cid, personId: ids.raj, kind: 'kudos', fromId: ids.ana, text: 'said in a private channel', channelId: 'C9', messageId: 'x', link: 'https://chat/x', now: W(49) + 5 * HOUR });
    const q = new SpotlightQueries(db);
    expect(q.publicTexts(cid, ids.raj, THIS, 'C1')).toEqual([{ kind: 'kudos', text: 'Raj fixed the build for everyone', link: 'https://chat/k49', createdAt: W(49) + 4 * HOUR, fromUserId: 'UANA' }]);
    expect(q.publicTexts(cid, ids.ana, THIS, 'C1').map((t) => t.text)).toEqual(['Pairing <!channel> *saved* my week']);
    expect(q.publicTexts(cid, ids.ana, THIS, 'C2')).toEqual([]);
  });

  it('buildSpotlight picks the least recently spotlighted, never the opted-out, with quotes', () => {
    const { db, cid, ids, spotlights } = community();
    const picks = buildSpotlight(db, { communityId: cid, channelId: 'C1', period: THIS, rng: seededRng(9) });
    expect(picks.map((p) => [p.personId, p.userId])).toEqual([[ids.raj, 'URAJ'], [ids.ana, 'UANA']]);
    expect(picks[0].quotes).toEqual([{ kind: 'kudos', text: 'Raj fixed the build for everyone', link: 'https://chat/k49', fromUserId: 'UANA' }]);
    expect(picks[1].quotes.map((q) => q.link)).toEqual(['https://chat/a49']);

    expect(spotlights.record(cid, THIS.key, picks.map((p) => p.personId), W(49) + 100 * HOUR)?.personIds).toEqual([ids.raj, ids.ana]);
    expect(spotlights.record(cid, THIS.key, [ids.kim], W(49) + 101 * HOUR)).toBeUndefined(); // once per period
    expect(spotlights.latest(cid)?.periodKey).toBe(THIS.key);
  });

  it('refuses a period that ends before it starts', () => {
    const { db, cid } = community();
    expect(() => buildSpotlight(db, { communityId: cid, channelId: 'C1', period: { key: 'x', from: THIS.to, to: THIS.from }, rng: seededRng(1) })).toThrow('period x must start before it ends');
  });

  it('describes a recorded spotlight again, leaving out anyone who has since opted out', () => {
    const { db, cid, ids, store } = community();
    const again = describeSpotlight(db, { communityId: cid, channelId: 'C1', period: THIS, personIds: [ids.raj, ids.ana] });
    expect(again.map((e) => [e.userId, e.counts, e.quotes.length])).toEqual([
      ['URAJ', { answer: 1, kudos: 1 }, 1],
      ['UANA', { answer: 1, host: 1, reaction: 2 }, 1],
    ]);
    store.people.setOptOut(ids.raj, 'spotlight', true);
    expect(describeSpotlight(db, { communityId: cid, channelId: 'C1', period: THIS, personIds: [ids.raj, ids.ana] }).map((e) => e.userId)).toEqual(['UANA']);
  });
});

describe('DigestQueries', () => {
  it('gathers the hand-computed figures', () => {
    const { db, cid, ids } = community();
    const data = new DigestQueries(db).gather(cid, PERIODS);
    expect(data.activity).toEqual([
      { key: '2026-W45', contributions: 3, contributors: 2 },
      { key: '2026-W46', contributions: 0, contributors: 0 },
      { key: '2026-W47', contributions: 2, contributors: 1 },
      { key: '2026-W48', contributions: 2, contributors: 1 },
      { key: '2026-W49', contributions: 6, contributors: 4 },
    ]);
    expect(data.activeMembers).toBe(7);
    expect(data.newMembers.map((m) => m.name)).toEqual(['Newbie']);
    expect(data.departedMembers.map((m) => m.name)).toEqual(['Lea']);
    expect(data.quietCandidates.map((m) => m.name).sort()).toEqual(['Old', 'Silent']);
    expect(data.ownership).toEqual({ contributionTotal: 13, topCounts: [5, 4, 2], roundHosts: [ids.ana, ids.raj, null, ids.ana, ids.kim, ids.ana] });
    expect(new DigestQueries(db).operational(cid, THIS)).toEqual({ unansweredNudges: 1, fallbacks: 0, skippedOccurrences: [{ job: 'prompt', periodKey: '2026-W49', reason: 'more than 12 h late' }], deliveryFailures: 1 });
    expect(new DigestQueries(db).operational(cid, PERIODS[2]).fallbacks).toBe(1);
  });

  it('buildDigest combines the data, the rotation and this period’s spotlight', () => {
    const { db, cid, ids, spotlights } = community();
    spotlights.record(cid, THIS.key, [ids.raj, ids.ana], W(49) + 100 * HOUR);
    const f = buildDigest(db, { communityId: cid, periods: PERIODS, rotation: { pastHosts: [{ periodKey: '2026-W49', name: 'Ana', state: 'accepted' }], nextHosts: [{ periodKey: '2026-W50', name: 'Raj', state: 'nudged' }] } });
    expect(f.participation.contributionsSparkline).toBe('▅▁▃▃█'); // 3,0,2,2,6 scaled to 6
    expect(f.participation.previousAverage).toEqual({ contributions: 1.75, contributors: 1 });
    expect(f.spotlights.map((s) => s.name)).toEqual(['Raj', 'Ana']);
    expect(f.quiet.map((m) => m.name)).toEqual(['Old', 'Silent']);
    expect(f.ownership).toMatchObject({ top3Share: 11 / 13, distinctHosts: 3, rounds: 6, level: 'few', reading: 'relies on few people: the top 3 made 85% of contributions' });
    expect(f.unansweredNudges).toBe(1);
  });
});
