import { insightsFixture, HOUR, T0, WEEK } from '../support/insights-fixture';

describe('ContributionRepo', () => {
  it('records one answer per round and person; a second answer replaces the text, message and link, and marks it edited', () => {
    const { contributions, community, person, round } = insightsFixture();
    const ana = person('UANA');
    const r1 = round('2026-W44', T0);
    const first = contributions.recordAnswer({ communityId: community.id, personId: ana, roundId: r1, text: 'first', channelId: 'C1', messageId: 'm1', link: 'https://l/m1', now: T0 + HOUR });
    expect(first.created).toBe(true);
    expect(first.contribution).toMatchObject({ kind: 'answer', text: 'first', link: 'https://l/m1', createdAt: T0 + HOUR, updatedAt: null });

    const second = contributions.recordAnswer({ communityId: community.id, personId: ana, roundId: r1, text: 'second thoughts', now: T0 + 2 * HOUR });
    expect(second.created).toBe(false);
    expect(second.contribution).toMatchObject({ id: first.contribution.id, text: 'second thoughts', link: null, messageId: null, channelId: 'C1', createdAt: T0 + HOUR, updatedAt: T0 + 2 * HOUR });

    const r2 = round('2026-W45', T0 + WEEK);
    expect(contributions.recordAnswer({ communityId: community.id, personId: ana, roundId: r2, text: 'next week', now: T0 + WEEK }).created).toBe(true);
    expect(contributions.countsByKind(ana, community.id)).toEqual({ answer: 2 });
    expect(contributions.answerers(r1)).toEqual([ana]);
  });

  it('finds an answer by the platform message it was given in', () => {
    const { contributions, community, person, round } = insightsFixture();
    const ana = person('UANA');
    const r1 = round('2026-W44', T0);
    const input = { communityId: community.id, personId: ana, roundId: r1, channelId: 'C1', now: T0 };
    expect(contributions.recordAnswer({ ...input, text: 'one' }).created).toBe(true);
    expect(contributions.recordAnswer({ ...input, text: 'two', messageId: 'm2' }).created).toBe(false);
    expect(contributions.answerFor(r1, ana)).toMatchObject({ text: 'two', messageId: 'm2' });
    expect(contributions.answerByMessage(community.id, 'm2')).toEqual({ personId: ana, roundId: r1 });
  });

  it('counts other contributions by kind', () => {
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
  });
});
