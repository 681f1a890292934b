import { describeDeeds, renderSpotlight } from '../../../src/app/render/spotlight-message';
import { renderDigest, MAX_LISTED } from '../../../src/app/render/digest-message';
import { digestFigures, type DigestInput } from '../../../src/domain/digest';
import { plainText, type Block, type Message } from '../../../src/ports/message';
import type { SpotlightEntry } from '../../../src/domain/spotlight';

const HOSTILE = 'Loved it <!channel> *bold* <https://evil|click> & more';

function flatten(message: Message): string {
  return message.blocks
    .map((b: Block) => {
      switch (b.type) {
        case 'header':
          return b.text;
        case 'section':
        case 'quote':
        case 'context':
          return plainText(b.text);
        case 'fields':
          return b.fields.map((f) => `${f.label}: ${plainText(f.value)}`).join('\n');
        case 'list':
          return b.items.map(plainText).join('\n');
        default:
          return '';
      }
    })
    .join('\n');
}

describe('renderSpotlight', () => {
  const picks: SpotlightEntry[] = [
    { personId: 1, userId: 'UANA', counts: { answer: 2, host: 1, reaction: 5 }, quotes: [{ kind: 'answer', text: HOSTILE, link: 'https://chat/a1', fromUserId: null }] },
    { personId: 2, userId: 'URAJ', counts: { kudos: 1 }, quotes: [{ kind: 'kudos', text: 'Raj fixed the build', link: 'https://chat/k1', fromUserId: 'UANA' }] },
  ];

  it('thanks each person by mention and says warmly what they did', () => {
    const m = renderSpotlight(picks, 'week');
    expect(m.blocks[0]).toEqual({ type: 'header', text: "✨ This week's spotlight" });
    expect(m.blocks[1]).toEqual({ type: 'section', text: ['A big thank you to ', { user: 'UANA' }, ' and ', { user: 'URAJ' }, ' for sharing with everyone this week!'] });
    expect(m.blocks).toContainEqual({ type: 'section', text: [{ user: 'UANA' }, ' shared 2 answers, hosted a round and got 5 reactions.'] });
    expect(m.blocks).toContainEqual({ type: 'section', text: [{ user: 'URAJ' }, ' received kudos.'] });
    expect(m.summary).toBe("This week's spotlight: thanks to 2 members for sharing!");
    expect(flatten(m)).toContain('optout spotlight');
  });

  it('quotes member text literally, with a link to the original', () => {
    const m = renderSpotlight(picks);
    expect(m.blocks).toContainEqual({ type: 'quote', text: HOSTILE }); // one literal string: the adapter escapes it
    expect(m.blocks).toContainEqual({ type: 'context', text: ['from their answer', ' · ', { link: 'https://chat/a1', label: 'see the original' }] });
    expect(m.blocks).toContainEqual({ type: 'context', text: ['kudos from ', { user: 'UANA' }, ' · ', { link: 'https://chat/k1', label: 'see the original' }] });
  });

  it('names where a quote came from when the platform gave no link', () => {
    const m = renderSpotlight([{ ...picks[0], quotes: [{ kind: 'answer', text: 'thread reply', link: null, fromUserId: null }] }]);
    expect(m.blocks).toContainEqual({ type: 'context', text: ['from their answer'] });
  });

  it('says so kindly when there is nobody to spotlight', () => {
    const m = renderSpotlight([], 'month');
    expect(m.summary).toMatch(/^A quiet month: nobody to spotlight/);
  });

  it.each([
    [{ answer: 1 }, 'shared an answer'],
    [{ prompt: 3, kudos: 2 }, 'added 3 prompts and received 2 kudos'],
    [{ reaction: 1, host: 2, answer: 1 }, 'shared an answer, hosted 2 rounds and got a reaction'],
  ])('describes %j as "%s"', (counts, words) => {
    expect(describeDeeds(counts)).toBe(words);
  });
});

describe('renderDigest', () => {
  const WEEK = 7 * 24 * 3600 * 1000;
  const periods = [44, 45, 46, 47, 48, 49].map((w, i) => ({ key: `2026-W${w}`, from: i * WEEK, to: (i + 1) * WEEK }));
  const quiet = Array.from({ length: 13 }, (_, i) => ({ personId: 100 + i, userId: `UQ${i}`, name: `Q${i}`, joinedAt: -1, lastContributedAt: null, optedOutSpotlight: false }));
  const base: DigestInput = {
    periods,
    activity: [
      { key: '2026-W45', contributions: 10, contributors: 4 },
      { key: '2026-W46', contributions: 12, contributors: 5 },
      { key: '2026-W48', contributions: 8, contributors: 3 },
      { key: '2026-W49', contributions: 14, contributors: 6 },
    ],
    activeMembers: 40,
    newMembers: [{ personId: 30, userId: 'UNEW', name: 'Ana' }],
    departedMembers: [],
    pastHosts: [{ periodKey: '2026-W49', name: HOSTILE, state: 'accepted' }],
    nextHosts: [{ periodKey: '2026-W50', name: 'Raj', state: 'nudged', userId: 'URAJ' }],
    unansweredNudges: 1,
    fallbacks: 0,
    skippedOccurrences: [{ job: 'prompt', periodKey: '2026-W47', reason: 'more than 12 h late' }],
    deliveryFailures: 2,
    spotlights: [{ personId: 5, userId: 'UKIM', name: 'Kim' }],
    quietCandidates: quiet,
    ownership: { contributionTotal: 44, topCounts: [9, 8, 5], roundHosts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3] },
  };

  it('shows every figure', () => {
    const m = renderDigest(digestFigures(base), { community: 'design-cop' });
    expect(m.blocks[0]).toEqual({ type: 'header', text: 'Curio digest for design-cop · 2026-W49' });
    const fields = m.blocks.find((b) => b.type === 'fields');
    expect(fields).toEqual({
      type: 'fields',
      fields: [
        { label: 'Participation', value: '14 contributions from 6 people' },
        { label: 'Trend', value: 'up from an average of 7.5' },
        { label: 'Last 5 weeks', value: [{ code: '▆▇▁▅█' }, ' 10 · 12 · 0 · 8 · 14'] },
        { label: 'Contributors', value: [{ code: '▆▇▁▅█' }, ' 4 · 5 · 0 · 3 · 6'] },
        { label: 'Members', value: '40 active · 1 new · 0 left' },
        { label: 'Ownership', value: 'top 3 made 50% · 9 hosts in 12 rounds' },
      ],
    });
    expect(m.blocks).toContainEqual({ type: 'context', text: 'Ownership: healthy: 9 people hosted the last 12 rounds.' });
    const text = flatten(m);
    expect(text).toContain('1 hosting nudge still unanswered');
    expect(text).toContain('the prompt for 2026-W47 was skipped: more than 12 h late');
    expect(text).toContain('2 messages could not be delivered');
    expect(m.blocks).toContainEqual({ type: 'list', items: [[{ bold: '2026-W50' }, ' — ', { user: 'URAJ' }, ' (nudged)']] });
    expect(text).toContain('Spotlighted: @UKIM');
    expect(text).toContain('Welcome to @UNEW');
    expect(m.summary).toBe('Curio digest for design-cop · 2026-W49: 14 contributions from 6 people; ownership healthy: 9 people hosted the last 12 rounds.');
  });

  it('keeps member-written names literal', () => {
    const m = renderDigest(digestFigures(base));
    expect(m.blocks).toContainEqual({ type: 'list', items: [[{ bold: '2026-W49' }, ' — ', HOSTILE, ' (accepted)']] });
  });

  it('lists quiet members kindly, capped with "and N more"', () => {
    const text = flatten(renderDigest(digestFigures(base)));
    expect(text).toContain(`@UQ${MAX_LISTED - 1} and 3 more have not shared anything for 6 weeks and might enjoy a friendly nudge.`);
    expect(text).not.toContain(`@UQ${MAX_LISTED}`);
  });

  it('writes big numbers with separators and rounds big averages', () => {
    const big = [5783, 5770, 5762, 5696, 5771].map((n, i) => ({ key: periods[i + 1].key, contributions: n, contributors: 4000 + i }));
    const m = renderDigest(digestFigures({ ...base, activity: big, activeMembers: 9478 }));
    const text = flatten(m);
    expect(text).toContain('Participation: 5,771 contributions from 4,004 people');
    expect(text).toContain('steady (average 5,753)');
    expect(text).toContain('5,783 · 5,770 · 5,762 · 5,696 · 5,771');
    expect(text).toContain('9,478 active');
  });

  it('says when nothing needs attention and leaves out an empty quiet list', () => {
    const calm = renderDigest(digestFigures({ ...base, unansweredNudges: 0, skippedOccurrences: [], deliveryFailures: 0, quietCandidates: [] }), { periodWord: 'week' });
    expect(calm.blocks).toContainEqual({ type: 'context', text: 'Nothing needs your attention: every post went out this week.' });
    expect(flatten(calm)).not.toContain('quiet');
  });
});
