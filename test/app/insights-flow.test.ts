/**
 * Spotlight and digest over what the real core recorded: answers by command and in the prompt's
 * thread, kudos, an opt-out, a week of a real community run on the fake adapter.
 */
import { startHarness } from '../support/harness';
import { buildDigest, buildSpotlight } from '../../src/app/insights/build-insights';
import { renderSpotlight } from '../../src/app/render/spotlight-message';
import { renderDigest } from '../../src/app/render/digest-message';
import { seededRng } from '../../src/ports/rng';
import type { PeriodRange } from '../../src/domain/periods';

const CHANNEL = 'C1';
const WEEK = 7 * 24 * 3600 * 1000;
const MONDAY = Date.parse('2026-11-30T00:00:00Z');
/** ISO weeks W44..W49 of 2026 in UTC, this one (from Monday 30 November) last. */
const PERIODS: PeriodRange[] = [5, 4, 3, 2, 1, 0].map((back) => ({ key: `2026-W${49 - back}`, from: MONDAY - back * WEEK, to: MONDAY + (1 - back) * WEEK }));

describe('spotlight and digest over a week of the real core', () => {
  it('credits answers and kudos, quotes what was public, and leaves out who opted out', async () => {
    const { curio, chat, clock, store } = await startHarness({ start: '2026-11-30T08:00:00Z' });
    await chat.command('alice', 'setup tz=UTC day=tue time=10:00', CHANNEL, 'Alice');
    for (const [id, name] of [['bob', 'Bob'], ['carol', 'Carol']]) await chat.command(id, 'join', CHANNEL, name);
    await chat.command('carol', 'optout spotlight', CHANNEL);

    clock.set('2026-12-01T10:00:00Z');
    await curio.tick();
    const post = chat.to(CHANNEL).find((s) => s.key.startsWith('prompt:'))!;
    await chat.command('bob', 'answer Pairing <!channel> with a newcomer', CHANNEL);
    await chat.receive({ kind: 'thread-reply', userId: 'carol', channelId: CHANNEL, threadId: post.messageId, messageId: 'r1', text: 'Reading code aloud' });
    await chat.command('alice', 'kudos <@bob> for the onboarding notes', CHANNEL);
    await curio.deliver();

    const [community] = store.communities.all();
    const picks = buildSpotlight(store.db, { communityId: community.id, channelId: CHANNEL, period: PERIODS[5], rng: seededRng(1) });
    expect(picks.map((p) => p.userId)).toEqual(['bob']); // alice only gave kudos; carol opted out
    expect(picks[0].counts).toEqual({ answer: 1, kudos: 1 });
    expect(picks[0].quotes.map((q) => q.text)).toEqual(['Pairing <!channel> with a newcomer', 'for the onboarding notes']);
    const message = renderSpotlight(picks);
    expect(message.blocks).toContainEqual({ type: 'quote', text: 'Pairing <!channel> with a newcomer' });

    const figures = buildDigest(store.db, { communityId: community.id, periods: PERIODS, rotation: { pastHosts: [], nextHosts: [] } });
    expect(figures.participation.current).toEqual({ key: '2026-W49', contributions: 3, contributors: 2 });
    expect(figures.activeMembers).toBe(3);
    expect(figures.newMembers.map((m) => m.userId).sort()).toEqual(['alice', 'bob', 'carol']);
    expect(renderDigest(figures).summary).toContain('3 contributions from 2 people');
  });
});
