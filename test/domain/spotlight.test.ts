import { chooseQuotes, MAX_QUOTE_CHARS, selectSpotlight, shorten, type PublicText, type SpotlightContributor, type SpotlightHistory } from '../../src/domain/spotlight';
import { seededRng, type Rng } from '../../src/ports/rng';

const WEEK = 7 * 24 * 3600 * 1000;

function contributor(personId: number, answers = 1): SpotlightContributor {
  return { personId, counts: { answer: answers } };
}

function picked(input: { contributors: SpotlightContributor[]; history?: SpotlightHistory[]; optedOut?: number[]; max?: number; rng?: Rng }): number[] {
  const { contributors, history = [], optedOut = [], max, rng = seededRng(1) } = input;
  return selectSpotlight({ contributors, history, excluded: optedOut, max, rng }).map((p) => p.personId);
}

describe('selectSpotlight rules', () => {
  const cases: { name: string; contributors: SpotlightContributor[]; history?: SpotlightHistory[]; optedOut?: number[]; max?: number; expected: number[] }[] = [
    {
      name: 'never spotlighted comes before spotlighted long ago',
      contributors: [contributor(1), contributor(2)],
      history: [{ personId: 1, times: 1, lastAt: 0 }],
      max: 1,
      expected: [2],
    },
    {
      name: 'least recently spotlighted comes first',
      contributors: [contributor(1), contributor(2), contributor(3)],
      history: [
        { personId: 1, times: 1, lastAt: 3 * WEEK },
        { personId: 2, times: 1, lastAt: 1 * WEEK },
        { personId: 3, times: 1, lastAt: 2 * WEEK },
      ],
      max: 2,
      expected: [2, 3],
    },
    {
      name: 'among those spotlighted together, least often comes first',
      contributors: [contributor(1), contributor(2)],
      history: [
        { personId: 1, times: 4, lastAt: WEEK },
        { personId: 2, times: 2, lastAt: WEEK },
      ],
      max: 1,
      expected: [2],
    },
    {
      name: 'volume does not win: the most active, spotlighted last week, waits',
      contributors: [contributor(1, 40), contributor(2, 1)],
      history: [{ personId: 1, times: 1, lastAt: WEEK }],
      max: 1,
      expected: [2],
    },
    {
      name: 'an opted-out member is never chosen, even first in line',
      contributors: [contributor(1), contributor(2)],
      history: [{ personId: 2, times: 3, lastAt: WEEK }],
      optedOut: [1],
      expected: [2],
    },
    {
      name: 'only people who contributed in the period',
      contributors: [{ personId: 1, counts: { answer: 0 } }, { personId: 2, counts: {} }, { personId: 4, counts: { reaction: 9 } }, contributor(3)],
      expected: [3], // 4 only received reactions, perhaps on an old answer
    },
    { name: 'at most 3 by default', contributors: [1, 2, 3, 4, 5].map((id) => contributor(id)), expected: [1, 2, 3, 4, 5] },
    { name: 'nobody eligible: no picks', contributors: [contributor(1)], optedOut: [1], expected: [] },
  ];

  it.each(cases)('$name', ({ contributors, history, optedOut, max, expected }) => {
    const result = picked({ contributors, history, optedOut, max });
    if (expected.length > 3) {
      expect(result).toHaveLength(3);
      for (const id of result) expect(expected).toContain(id);
    } else {
      expect(result).toEqual(expected);
    }
  });

  it('gives kinds and counts of what each did', () => {
    const [pick] = selectSpotlight({ contributors: [{ personId: 7, counts: { answer: 2, host: 1, reaction: 5 } }], history: [], excluded: new Set(), rng: seededRng(3) });
    expect(pick).toEqual({ personId: 7, counts: { answer: 2, host: 1, reaction: 5 }, quotes: [] });
  });

  it('asks an exclusion predicate only about people ranked first', () => {
    const asked: number[] = [];
    const excluded = (id: number) => {
      asked.push(id);
      return id === 1;
    };
    const history = [3, 4, 5, 6].map((personId) => ({ personId, times: 1, lastAt: personId * WEEK }));
    const result = selectSpotlight({ contributors: [1, 2, 3, 4, 5, 6].map((id) => contributor(id)), history, excluded, rng: seededRng(1) });
    expect(result.map((p) => p.personId)).toEqual([2, 3, 4]);
    expect(asked.sort()).toEqual([1, 2, 3, 4]); // never 5 or 6
  });

  it('refuses a pick count outside 1 to 3', () => {
    for (const max of [0, 4, 1.5]) expect(() => picked({ contributors: [contributor(1)], max })).toThrow(/1 to 3 people/);
  });

  it('is deterministic for a seed and ignores input order', () => {
    const people = [1, 2, 3, 4, 5, 6, 7, 8].map((id) => contributor(id));
    const a = picked({ contributors: people, rng: seededRng(42) });
    const b = picked({ contributors: [...people].reverse(), rng: seededRng(42) });
    expect(a).toEqual(b);
  });

  it('lets the Rng break ties only: over many seeds every tied person gets a turn', () => {
    const firsts = new Set<number>();
    for (let seed = 0; seed < 60; seed++) firsts.add(picked({ contributors: [contributor(1), contributor(2), contributor(3)], max: 1, rng: seededRng(seed) })[0]);
    expect([...firsts].sort()).toEqual([1, 2, 3]);
    // No tie: the Rng cannot change the outcome.
    for (let seed = 0; seed < 20; seed++) {
      expect(picked({ contributors: [contributor(1), contributor(2)], history: [{ personId: 1, times: 1, lastAt: 0 }], max: 1, rng: seededRng(seed) })).toEqual([2]);
    }
  });
});

describe('spotlight quotes', () => {
  const text = (kind: PublicText['kind'], t: string, createdAt: number, extra: Partial<PublicText> = {}): PublicText => ({ kind, text: t, link: `https://x/${createdAt}`, createdAt, ...extra });

  it('prefers their own answers, newest first, then prompts, then kudos', () => {
    const texts = [text('kudos', 'thanks!', 5, { fromUserId: 'U9' }), text('answer', 'old answer', 1), text('answer', 'new answer', 3), text('prompt', 'a prompt', 4)];
    expect(chooseQuotes(texts, 2).map((q) => q.text)).toEqual(['new answer', 'old answer']);
    expect(chooseQuotes(texts, 4).map((q) => q.text)).toEqual(['new answer', 'old answer', 'a prompt', 'thanks!']);
    expect(chooseQuotes(texts, 4)[3]).toEqual({ kind: 'kudos', text: 'thanks!', link: 'https://x/5', fromUserId: 'U9' });
  });

  it('skips blank texts and reactions; a text without a link is quoted without one', () => {
    const texts = [text('answer', '   ', 1), { ...text('answer', 'no link', 2), link: null }, text('reaction', 'x', 3), text('answer', 'kept', 4)];
    expect(chooseQuotes(texts, 3).map((q) => [q.text, q.link])).toEqual([
      ['kept', 'https://x/4'],
      ['no link', null],
    ]);
  });

  it('gives 1 quote each to 3 picks and 2 each to fewer, asking only about the people chosen', () => {
    const asked: number[] = [];
    const publicTexts = (id: number) => {
      asked.push(id);
      return [text('answer', `a${id}`, 1), text('answer', `b${id}`, 2)];
    };
    const three = selectSpotlight({ contributors: [1, 2, 3, 4, 5].map((id) => contributor(id)), history: [], excluded: [4, 5], rng: seededRng(1), publicTexts });
    expect(three.map((p) => p.quotes.length)).toEqual([1, 1, 1]);
    expect(asked.sort()).toEqual([1, 2, 3]);
    const two = selectSpotlight({ contributors: [contributor(1), contributor(2)], history: [], excluded: [], rng: seededRng(1), publicTexts });
    expect(two.map((p) => p.quotes.length)).toEqual([2, 2]);
  });

  it('shortens long quotes at a word boundary and never splits an emoji', () => {
    const long = 'word '.repeat(100);
    const short = shorten(long, MAX_QUOTE_CHARS);
    expect(Array.from(short).length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(short.endsWith('word…')).toBe(true);
    expect(shorten('🎉'.repeat(10), 5)).toBe('🎉🎉🎉🎉…');
    expect(shorten('fits', 5)).toBe('fits');
  });
});

describe('spotlight fairness over 26 periods', () => {
  function simulate(seed: number) {
    const rng = seededRng(seed);
    const steady = Array.from({ length: 12 }, (_, i) => i + 1); // contribute every period
    const occasional = Array.from({ length: 10 }, (_, i) => i + 101); // about one period in three
    const optedOut = [201, 202, 203, 204]; // contribute every period, the most of anyone
    const history = new Map<number, SpotlightHistory>();
    const counts = new Map<number, number>();
    for (let period = 0; period < 26; period++) {
      const contributors = [
        ...steady.map((id) => contributor(id, 1 + Math.floor(rng.next() * 3))),
        ...occasional.filter(() => rng.next() < 1 / 3).map((id) => contributor(id)),
        ...optedOut.map((id) => contributor(id, 10)),
      ];
      const picks = selectSpotlight({ contributors, history: [...history.values()], excluded: (id) => optedOut.includes(id), rng });
      expect(picks.length).toBeGreaterThanOrEqual(1);
      for (const p of picks) {
        const h = history.get(p.personId) ?? { personId: p.personId, times: 0, lastAt: null };
        history.set(p.personId, { personId: p.personId, times: h.times + 1, lastAt: period * WEEK });
        counts.set(p.personId, (counts.get(p.personId) ?? 0) + 1);
      }
    }
    return { steady, occasional, optedOut, counts };
  }

  it.each([1, 2, 3, 7, 2026])('seed %i: nobody opted out is spotlighted, steady contributors stay within 1', (seed) => {
    const { steady, occasional, optedOut, counts } = simulate(seed);
    for (const id of optedOut) expect(counts.get(id) ?? 0).toBe(0);
    const steadyCounts = steady.map((id) => counts.get(id) ?? 0);
    expect(Math.max(...steadyCounts) - Math.min(...steadyCounts)).toBeLessThanOrEqual(1);
    expect(Math.min(...steadyCounts)).toBeGreaterThan(0);
    // Visibility spreads beyond the regulars: most occasional contributors get their moment too.
    expect(occasional.filter((id) => (counts.get(id) ?? 0) > 0).length).toBeGreaterThanOrEqual(8);
  });
});
