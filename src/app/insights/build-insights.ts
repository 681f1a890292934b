/**
 * Glue between storage and the pure insight rules: one call builds a spotlight selection or a
 * digest's figures for a community and its periods. Neither writes anything: the job records the
 * spotlight (SpotlightRepo.record) and queues the post in its own transaction.
 */
import type { Db } from '../../storage/db';
import { SpotlightQueries } from '../../storage/spotlight-queries';
import { DigestQueries, type OperationalFigures } from '../../storage/digest-queries';
import { chooseQuotes, quotesPerPick, selectSpotlight, type SpotlightEntry } from '../../domain/spotlight';
import { digestFigures, type DigestFigures, type HostSlot } from '../../domain/digest';
import { assertContiguous, type PeriodRange } from '../../domain/periods';
import type { Rng } from '../../ports/rng';

/**
 * Chooses this period's spotlight: 1 to 3 active members credited in `period` who did not opt out,
 * least recently and least often spotlighted first, with quotes of their public texts in `channelId`.
 * Empty when nobody eligible contributed.
 */
export function buildSpotlight(db: Db, input: { communityId: number; channelId: string; period: PeriodRange; rng: Rng; max?: number }): SpotlightEntry[] {
  assertContiguous([input.period]);
  const queries = new SpotlightQueries(db);
  const { contributors, history } = queries.inputs(input.communityId, input.period);
  const picks = selectSpotlight({
    contributors,
    history,
    excluded: queries.excluder(input.communityId),
    rng: input.rng,
    max: input.max,
    publicTexts: (personId) => queries.publicTexts(input.communityId, personId, input.period, input.channelId),
  });
  const userIds = queries.userIds(picks.map((p) => p.personId));
  return picks.map((p) => ({ ...p, userId: userIds.get(p.personId)! }));
}

/**
 * A spotlight already chosen (e.g. the latest, for the `spotlight` command), described again for its
 * period: what each did and their quotes. Anyone who has since opted out or left is left out.
 */
export function describeSpotlight(db: Db, input: { communityId: number; channelId: string; period: PeriodRange; personIds: readonly number[] }): SpotlightEntry[] {
  const queries = new SpotlightQueries(db);
  const excluded = queries.excluder(input.communityId);
  const shown = input.personIds.filter((id) => !excluded(id));
  const counts = new Map(queries.inputs(input.communityId, input.period).contributors.map((c) => [c.personId, c.counts]));
  const userIds = queries.userIds(shown);
  return shown.map((personId) => ({
    personId,
    userId: userIds.get(personId)!,
    counts: counts.get(personId) ?? {},
    quotes: chooseQuotes(queries.publicTexts(input.communityId, personId, input.period, input.channelId), quotesPerPick(shown.length)),
  }));
}

export interface DigestRotation {
  /** Hosts of the latest rounds, oldest first (the last 3 are shown). */
  pastHosts: readonly HostSlot[];
  /** The next hosts, soonest first (the first 3 are shown). */
  nextHosts: readonly HostSlot[];
}

/**
 * `periods`: at least 6 contiguous periods, oldest first, the digest's own period last.
 * `operational`: leave out to count nudges, fallbacks, skips and failures from the tables.
 */
export function buildDigest(db: Db, input: { communityId: number; periods: readonly PeriodRange[]; rotation: DigestRotation; operational?: OperationalFigures }): DigestFigures {
  const queries = new DigestQueries(db);
  const data = queries.gather(input.communityId, input.periods);
  const operational = input.operational ?? queries.operational(input.communityId, input.periods[input.periods.length - 1]);
  return digestFigures({ periods: input.periods, ...data, ...operational, ...input.rotation });
}
