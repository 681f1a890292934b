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
    expect(contributions.countsByKind(ana, community.id)).toEqual({ answer: 2 });
    expect(contributions.answerers(r1)).toEqual([ana]);
  });

  it('keeps the upsertAnswer contract: true when new, false when it edits', () => {
    const { contributions, community, person, round } = insightsFixture();
    const ana = person('UANA');
    const r1 = round('2026-W44', T0);
    const input = { communityId: community.id, personId: ana, roundId: r1, channelId: 'C1', messageId: null, now: T0 };
    expect(contributions.upsertAnswer({ ...input, text: 'one' })).toBe(true);
    expect(contributions.upsertAnswer({ ...input, text: 'two', messageId: 'm2' })).toBe(false);
    expect(contributions.answerFor(r1, ana)).toMatchObject({ text: 'two', messageId: 'm2' });
    expect(contributions.answerByMessage(community.id, 'm2')).toEqual({ personId: ana, roundId: r1 });
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

  it('counts other contributions by kind; lists a person\'s newest first', () => {
    const { contributions, community, person, round } = insightsFixture();
    const ana = person('UANA');
    const raj = person('URAJ');
    const r1 = round('2026-W44', T0);
    const cid = community.id;
    contributions.add({ communityId: cid, personId: ana, kind: 'kudos', fromId: raj, text: 'great answer', now: T0 });
    contributions.add({ communityId: cid, personId: ana, kind: 'host', roundId: r1, now: T0 });
    contributions.add({ communityId: cid, personId: ana, kind: 'kudos', fromId: raj, text: 'and another', now: T0 + 1 });
    contributions.add({ communityId: cid, personId: ana, kind: 'reaction', fromId: raj, messageId: 'm1', now: T0 + 2 });
    contributions.add({ communityId: cid, personId: ana, kind: 'prompt', text: 'What surprised you?', now: T0 + 3 });
    expect(contributions.countsByKind(ana, cid)).toEqual({ host: 1, prompt: 1, kudos: 2, reaction: 1 });
    expect(contributions.hasFrom(cid, 'reaction', raj, 'm1')).toBe(true);
    expect(contributions.hasFrom(cid, 'reaction', ana, 'm1')).toBe(false);
    expect(contributions.listForPerson(cid, ana).map((c) => c.kind)).toEqual(['prompt', 'reaction', 'kudos', 'host', 'kudos']); // newest first, then latest recorded
    expect(contributions.listForPerson(cid, ana, 2)).toHaveLength(2);
  });

  it('selects a period from its start up to, not including, its end; per community', () => {
    const { contributions, community, store, person } = insightsFixture();
    const other = store.communities.create({ ...community, channelId: 'C2', settings: community }).id;
    const ana = person('UANA');
    const at = (now: number, communityId = community.id) => contributions.add({ communityId, personId: ana, kind: 'prompt', text: `p${now}`, now });
    [T0 - 1, T0, T0 + WEEK - 1, T0 + WEEK].forEach((t) => at(t));
    at(T0 + 5, other);
    expect(contributions.forPeriod(community.id, T0, T0 + WEEK).map((c) => c.createdAt)).toEqual([T0, T0 + WEEK - 1]);
    expect(contributions.countForPeriod(community.id, T0, T0 + WEEK)).toBe(2);
    expect(contributions.countForPeriod(other, T0, T0 + WEEK)).toBe(1);
  });

});
