import { insightsFixture, HOUR, T0, WEEK } from '../support/insights-fixture';

describe('ContributionRepo', () => {
  it('records one answer per round and person; a second answer replaces the text and marks it edited', () => {
    const { contributions, community, person, round } = insightsFixture();
    const ana = person('UANA');
    const r1 = round('2026-W44', T0);
    const first = contributions.recordAnswer({ communityId: community.id, personId: ana, roundId: r1, text: 'first', channelId: 'C1', messageId: 'm1', link: 'https://l/m1', now: T0 + HOUR });
    expect(first.created).toBe(true);
    expect(first.contribution).toMatchObject({ kind: 'answer', text: 'first', link: 'https://l/m1', createdAt: T0 + HOUR, updatedAt: null });

    const second = contributions.recordAnswer({ communityId: community.id, personId: ana, roundId: r1, text: 'second thoughts', now: T0 + 2 * HOUR });
    expect(second.created).toBe(false);
    expect(second.contribution).toMatchObject({ id: first.contribution.id, text: 'second thoughts', link: 'https://l/m1', messageId: 'm1', createdAt: T0 + HOUR, updatedAt: T0 + 2 * HOUR });

    const r2 = round('2026-W45', T0 + WEEK);
    expect(contributions.recordAnswer({ communityId: community.id, personId: ana, roundId: r2, text: 'next week', now: T0 + WEEK }).created).toBe(true);
    expect(contributions.countsForPerson(community.id, ana).answer).toBe(2);
  });

  it('lets only the author edit an answer, by id or by platform message', () => {
    const { contributions, community, person, round } = insightsFixture();
    const ana = person('UANA');
    const raj = person('URAJ');
    const r1 = round('2026-W44', T0);
    const { contribution } = contributions.recordAnswer({ communityId: community.id, personId: ana, roundId: r1, text: 'mine', messageId: 'm1', now: T0 });
    expect(contributions.editAnswer(contribution.id, raj, 'hijacked', T0 + 1)).toBe(false);
    expect(contributions.editAnswerByMessage('m1', raj, 'hijacked', T0 + 1)).toBe(false);
    expect(contributions.byId(contribution.id)!.text).toBe('mine');
    expect(contributions.editAnswer(contribution.id, ana, 'edited', T0 + 2)).toBe(true);
    expect(contributions.editAnswerByMessage('m1', ana, 'edited again', T0 + 3)).toBe(true);
    expect(contributions.byId(contribution.id)).toMatchObject({ text: 'edited again', updatedAt: T0 + 3 });
    expect(contributions.editAnswer(9999, ana, 'x', T0)).toBe(false);
  });

  it('attaches the posted message to an answer given through a form', () => {
    const { contributions, community, person, round } = insightsFixture();
    const ana = person('UANA');
    const { contribution } = contributions.recordAnswer({ communityId: community.id, personId: ana, roundId: round('2026-W44', T0), text: 'via form', now: T0 });
    contributions.attachMessage(contribution.id, { channelId: 'C1', messageId: 'm9', link: 'https://l/m9' });
    expect(contributions.byId(contribution.id)).toMatchObject({ channelId: 'C1', messageId: 'm9', link: 'https://l/m9' });
  });

  it('counts a reaction or reaction-kudos once per giver and message, and takes it back when removed', () => {
    const { contributions, community, person } = insightsFixture();
    const ana = person('UANA');
    const raj = person('URAJ');
    const kim = person('UKIM');
    const base = { communityId: community.id, personId: ana, messageId: 'm1', now: T0 };
    expect(contributions.recordReaction({ ...base, fromId: raj, kind: 'reaction' })).toBeDefined();
    expect(contributions.recordReaction({ ...base, fromId: raj, kind: 'reaction' })).toBeUndefined();
    expect(contributions.recordReaction({ ...base, fromId: kim, kind: 'reaction' })).toBeDefined();
    expect(contributions.recordReaction({ ...base, fromId: raj, kind: 'kudos' })).toBeDefined();
    expect(contributions.countsForPerson(community.id, ana)).toEqual({ answer: 0, host: 0, prompt: 0, kudos: 1, reaction: 2 });
    expect(contributions.removeReaction({ communityId: community.id, messageId: 'm1', fromId: raj, kind: 'reaction' })).toBe(true);
    expect(contributions.removeReaction({ communityId: community.id, messageId: 'm1', fromId: raj, kind: 'reaction' })).toBe(false);
    expect(contributions.countsForPerson(community.id, ana).reaction).toBe(1);
  });

  it('counts kudos with notes each time, hosting once per round, and prompts', () => {
    const { contributions, community, person, round } = insightsFixture();
    const ana = person('UANA');
    const raj = person('URAJ');
    const r1 = round('2026-W44', T0);
    contributions.recordKudos({ communityId: community.id, personId: ana, fromId: raj, text: 'great answer', now: T0 });
    contributions.recordKudos({ communityId: community.id, personId: ana, fromId: raj, text: 'and another', now: T0 + 1 });
    const host = contributions.recordHost({ communityId: community.id, personId: ana, roundId: r1, now: T0 });
    expect(contributions.recordHost({ communityId: community.id, personId: ana, roundId: r1, now: T0 + 5 }).id).toBe(host.id);
    contributions.recordPrompt({ communityId: community.id, personId: ana, text: 'What surprised you?', now: T0 + 2 });
    expect(contributions.countsForPerson(community.id, ana)).toEqual({ answer: 0, host: 1, prompt: 1, kudos: 2, reaction: 0 });
    expect(contributions.listForPerson(community.id, ana).map((c) => c.kind)).toEqual(['prompt', 'kudos', 'host', 'kudos']); // newest first, then latest recorded
    expect(contributions.allTiedTo(raj).map((c) => c.text)).toEqual(['great answer', 'and another']);
  });

  it('selects a period from its start up to, not including, its end; per community', () => {
    const { contributions, community, store, person } = insightsFixture();
    const other = store.communities.create({ ...community, channelId: 'C2', settings: community }).id;
    const ana = person('UANA');
    const at = (now: number, communityId = community.id) => contributions.recordPrompt({ communityId, personId: ana, text: `p${now}`, now });
    [T0 - 1, T0, T0 + WEEK - 1, T0 + WEEK].forEach((t) => at(t));
    at(T0 + 5, other);
    expect(contributions.forPeriod(community.id, T0, T0 + WEEK).map((c) => c.createdAt)).toEqual([T0, T0 + WEEK - 1]);
    expect(contributions.countForPeriod(community.id, T0, T0 + WEEK)).toBe(2);
    expect(contributions.countForPeriod(other, T0, T0 + WEEK)).toBe(1);
  });

  it('erases what a person wrote and keeps anonymous counts once they are deleted', () => {
    const { contributions, community, person, round, db } = insightsFixture();
    const ana = person('UANA');
    const raj = person('URAJ');
    contributions.recordAnswer({ communityId: community.id, personId: ana, roundId: round('2026-W44', T0), text: 'my secret thoughts', now: T0 });
    contributions.recordKudos({ communityId: community.id, personId: raj, fromId: ana, text: 'ana wrote this kudos', now: T0 });
    contributions.recordKudos({ communityId: community.id, personId: ana, fromId: raj, text: 'raj thanks ana', now: T0 });
    expect(contributions.eraseTextOf(ana)).toBe(2);
    db.prepare('DELETE FROM people WHERE id = ?').run(ana);
    const rows = db.prepare('SELECT person_id, from_id, text FROM contributions ORDER BY id').all();
    expect(rows).toEqual([
      { person_id: null, from_id: null, text: null },
      { person_id: raj, from_id: null, text: null },
      { person_id: null, from_id: raj, text: 'raj thanks ana' },
    ]);
    expect(contributions.countForPeriod(community.id, T0, T0 + 1)).toBe(3);
  });
});
