/**
 * A big seeded community for the insights benchmark: 10,000 members and exactly 1,000,000
 * contributions over two years (104 weekly rounds), written with prepared statements in one
 * transaction. Activity is skewed (a few very active members, a long quiet tail), like real CoPs.
 */
import { openDatabase, type Db } from '../src/storage/db';
import { seededRng, type Rng } from '../src/ports/rng';

export const MEMBERS = 10_000;
export const CONTRIBUTIONS = 1_000_000;
export const WEEKS = 104;
export const WEEK = 7 * 24 * 3600 * 1000;
export const START = Date.UTC(2024, 11, 2); // a Monday

const WORDS = 'we tried pairing on the release and learned that small steps with clear notes help new people join the work faster than long documents ever did'.split(' ');

function sentence(rng: Rng, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(rng.next() * WORDS.length)]).join(' ');
}

export interface BenchCommunity {
  db: Db;
  communityId: number;
  channelId: string;
}

export function generate(path: string, seed = 2026): BenchCommunity {
  const rng = seededRng(seed);
  const db = openDatabase(path);
  db.pragma('synchronous = OFF'); // generation only; measurements reopen with the product's settings
  const write = db.transaction(() => {
    const communityId = Number(
      db
        .prepare("INSERT INTO communities (platform, workspace_id, channel_id, time_zone, prompt_day, prompt_time, cadence, anchor_week, created_at) VALUES ('slack', 'T1', 'C1', 'Europe/Paris', 2, '10:00', 'weekly', '2024-W49', ?)")
        .run(START).lastInsertRowid,
    );
    // Members: person ids 1..MEMBERS; activity skewed by squaring a uniform draw.
    const addPerson = db.prepare("INSERT INTO people (id, platform, workspace_id, user_id, display_name, optout_spotlight, created_at) VALUES (?, 'slack', 'T1', ?, ?, ?, ?)");
    const addMember = db.prepare("INSERT INTO memberships (community_id, person_id, role, active, joined_at, left_at) VALUES (?, ?, 'member', ?, ?, ?)");
    const activity: number[] = [];
    for (let id = 1; id <= MEMBERS; id++) {
      const joinedAt = START + Math.floor(rng.next() * rng.next() * WEEKS) * WEEK; // most joined early
      const left = rng.next() < 0.05;
      addPerson.run(id, `U${id}`, `Member ${id}`, rng.next() < 0.05 ? 1 : 0, START);
      addMember.run(communityId, id, left ? 0 : 1, joinedAt, left ? joinedAt + Math.floor(rng.next() * (START + WEEKS * WEEK - joinedAt)) : null);
      activity.push(rng.next() ** 2);
    }
    const meanActivity = activity.reduce((a, b) => a + b, 0) / MEMBERS;

    const addRound = db.prepare('INSERT INTO rounds (community_id, period_key, starts_at, closes_at, fallback, posted_at) VALUES (?, ?, ?, ?, ?, ?)');
    const addTurn = db.prepare("INSERT INTO host_turns (round_id, person_id, state, nudged_at, answered_at, created_at) VALUES (?, ?, 'accepted', ?, ?, ?)");
    const addSpotlight = db.prepare('INSERT INTO spotlights (community_id, period_key, created_at) VALUES (?, ?, ?)');
    const addSpotlighted = db.prepare('INSERT INTO spotlight_people (spotlight_id, person_id) VALUES (?, ?)');
    const add = db.prepare('INSERT INTO contributions (community_id, person_id, kind, round_id, from_id, text, channel_id, message_id, link, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const pick = () => 1 + Math.floor(rng.next() ** 2 * MEMBERS); // skewed towards low ids
    let written = 0;
    let message = 0;
    const quota = Math.floor(CONTRIBUTIONS / WEEKS);

    for (let week = 0; week < WEEKS; week++) {
      const weekStart = START + week * WEEK;
      const at = () => weekStart + Math.floor(rng.next() * WEEK);
      const target = week === WEEKS - 1 ? CONTRIBUTIONS - written : quota;
      const fallback = rng.next() < 0.1;
      const roundId = Number(addRound.run(communityId, `w${week}`, weekStart, weekStart + WEEK, fallback ? 1 : 0, weekStart).lastInsertRowid);
      let count = 0;
      if (!fallback) {
        const host = pick();
        addTurn.run(roundId, host, weekStart - 3 * 24 * 3600 * 1000, weekStart - 2 * 24 * 3600 * 1000, weekStart - WEEK);
        add.run(communityId, host, 'host', roundId, null, null, 'C1', null, null, weekStart);
        count++;
      }
      // Answers: each member at most once per round, with a chance that follows their activity.
      const answerShare = (0.45 * target) / MEMBERS / meanActivity;
      for (let id = 1; id <= MEMBERS && count < target; id++) {
        if (rng.next() >= activity[id - 1] * answerShare) continue;
        const m = `m${++message}`;
        add.run(communityId, id, 'answer', roundId, null, sentence(rng, 8 + Math.floor(rng.next() * 20)), 'C1', m, `https://chat.example/${m}`, at());
        count++;
      }
      // The rest: reactions on answers, kudos with notes, prompts added.
      while (count < target) {
        const r = rng.next();
        const person = pick();
        const from = pick();
        if (r < 0.7) add.run(communityId, person, 'reaction', roundId, from, null, 'C1', `m${message}`, null, at());
        else if (r < 0.95) {
          const m = `m${++message}`;
          add.run(communityId, person, 'kudos', null, from, sentence(rng, 6), 'C1', m, `https://chat.example/${m}`, at());
        } else add.run(communityId, person, 'prompt', null, null, `${sentence(rng, 7)}?`, null, null, null, at());
        count++;
      }
      written += count;
      const spotlightId = Number(addSpotlight.run(communityId, `w${week}`, weekStart + WEEK - 1000).lastInsertRowid);
      for (let i = 0; i < 3; i++) addSpotlighted.run(spotlightId, pick());
    }
    return communityId;
  });
  const communityId = write();
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { db, communityId, channelId: 'C1' };
}
