/**
 * The coordinator digest: the figures first, then hosts, what needs attention, and people. Names
 * and host names are member-controlled text and go in as literal strings; people are mentions.
 */
import type { Block, Inline, Message, RichText } from '../../ports/message';
import { QUIET_PERIODS, type DigestFigures, type HostSlot, type MemberRef, type Participation } from '../../domain/digest';
import { percent } from '../../domain/ownership';

/** Long lists are cut here, with "and N more", so a big community's digest stays readable. */
export const MAX_LISTED = 10;

export interface DigestMessageOptions {
  /** The community's name for the header, e.g. its channel name (literal text). */
  community?: string;
  /** What a period is called in sentences. */
  periodWord?: 'week' | 'month';
}

/** 5,771 and 7.5: separators for big numbers, one decimal only where it says something. */
function num(n: number): string {
  const rounded = Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
  return rounded.toLocaleString('en');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

export function peopleInline(people: readonly MemberRef[], max = MAX_LISTED): Inline[] {
  const shown = people.slice(0, max);
  const out: Inline[] = [];
  shown.forEach((p, i) => {
    if (i > 0) out.push(', ');
    out.push({ user: p.userId });
  });
  if (people.length > shown.length) out.push(` and ${num(people.length - shown.length)} more`);
  return out;
}

function trendText(p: Participation, periodWord: string): string {
  if (!p.previousAverage) return `first ${periodWord} on record`;
  const avg = num(p.previousAverage.contributions);
  if (p.trend === 'up') return `up from an average of ${avg}`;
  if (p.trend === 'down') return `down from an average of ${avg}`;
  return `steady (average ${avg})`;
}

function hostLine(slot: HostSlot): RichText {
  return [{ bold: slot.periodKey }, ' — ', slot.userId ? { user: slot.userId } : slot.name, ` (${slot.state})`];
}

function attention(f: DigestFigures): RichText[] {
  const items: RichText[] = [];
  if (f.unansweredNudges > 0) items.push(`${plural(f.unansweredNudges, 'hosting nudge')} still unanswered`);
  if (f.fallbacks > 0) items.push(`${plural(f.fallbacks, 'round')} had no host, so Curio posted a prompt from the bank`);
  for (const s of f.skippedOccurrences) items.push(`the ${s.job} for ${s.periodKey} was skipped${s.reason ? `: ${s.reason}` : ''}`);
  if (f.deliveryFailures > 0) items.push(`${plural(f.deliveryFailures, 'message')} could not be delivered`);
  return items;
}

export function renderDigest(f: DigestFigures, options: DigestMessageOptions = {}): Message {
  const periodWord = options.periodWord ?? 'week';
  const p = f.participation;
  const title = options.community ? `Curio digest for ${options.community} · ${f.period.key}` : `Curio digest · ${f.period.key}`;
  const spread = f.ownership;
  const blocks: Block[] = [
    { type: 'header', text: title },
    {
      type: 'fields',
      fields: [
        { label: 'Participation', value: `${plural(p.current.contributions, 'contribution')} from ${plural(p.current.contributors, 'person', 'people')}` },
        { label: 'Trend', value: trendText(p, periodWord) },
        { label: `Last ${p.periods.length} ${periodWord}s`, value: [{ code: p.contributionsSparkline }, ` ${p.periods.map((r) => num(r.contributions)).join(' · ')}`] },
        { label: 'Contributors', value: [{ code: p.contributorsSparkline }, ` ${p.periods.map((r) => num(r.contributors)).join(' · ')}`] },
        { label: 'Members', value: `${num(f.activeMembers)} active · ${num(f.newMembers.length)} new · ${num(f.departedMembers.length)} left` },
        {
          label: 'Ownership',
          value: `${spread.top3Share === null ? 'no contributions' : `top 3 made ${percent(spread.top3Share)}`} · ${plural(spread.distinctHosts, 'host')} in ${plural(spread.rounds, 'round')}`,
        },
      ],
    },
    { type: 'context', text: `Ownership: ${spread.reading}.` },
  ];

  if (f.pastHosts.length || f.nextHosts.length) {
    blocks.push({ type: 'divider' });
    if (f.pastHosts.length) blocks.push({ type: 'section', text: [{ bold: 'Recent hosts' }] }, { type: 'list', items: f.pastHosts.map(hostLine) });
    if (f.nextHosts.length) blocks.push({ type: 'section', text: [{ bold: 'Next hosts' }] }, { type: 'list', items: f.nextHosts.map(hostLine) });
  }

  const issues = attention(f);
  blocks.push({ type: 'divider' });
  if (issues.length) blocks.push({ type: 'section', text: [{ bold: 'Needs a look' }] }, { type: 'list', items: issues });
  else blocks.push({ type: 'context', text: `Nothing needs your attention: every post went out this ${periodWord}.` });

  const people: RichText[] = [];
  if (f.spotlights.length) people.push(['Spotlighted: ', ...peopleInline(f.spotlights)]);
  if (f.newMembers.length) people.push(['Welcome to ', ...peopleInline(f.newMembers)]);
  if (f.departedMembers.length) people.push(['Moved on: ', ...peopleInline(f.departedMembers)]);
  if (f.quiet.length) {
    const quietFor = `${QUIET_PERIODS} ${periodWord}s`;
    people.push([...peopleInline(f.quiet), ` ${f.quiet.length === 1 ? 'has' : 'have'} not shared anything for ${quietFor} and might enjoy a friendly nudge.`]);
  }
  if (people.length) blocks.push({ type: 'section', text: [{ bold: 'People' }] }, { type: 'list', items: people });

  const summary = `${title}: ${plural(p.current.contributions, 'contribution')} from ${plural(p.current.contributors, 'person', 'people')}; ownership ${spread.reading}.`;
  return { summary, blocks };
}
