-- Curio's first schema, for the whole product. Times are epoch milliseconds (UTC);
-- calendar dates are 'YYYY-MM-DD' text in the community's zone.

-- A community of practice, bound to one channel.
CREATE TABLE communities (
  id                INTEGER PRIMARY KEY,
  platform          TEXT    NOT NULL,
  workspace_id      TEXT    NOT NULL,
  channel_id        TEXT    NOT NULL,
  time_zone         TEXT    NOT NULL,
  prompt_day        INTEGER NOT NULL CHECK (prompt_day BETWEEN 1 AND 7),   -- ISO weekday, 1 = Monday
  prompt_time       TEXT    NOT NULL,                                       -- 'HH:MM' local
  cadence           TEXT    NOT NULL CHECK (cadence IN ('weekly', 'biweekly')),
  anchor_week       TEXT    NOT NULL,   -- ISO week biweekly cadence counts from, e.g. '2026-W48'
  close_hours       INTEGER,            -- round length in hours; NULL: until the next round starts
  nudge_lead_hours  INTEGER NOT NULL DEFAULT 72,
  spotlight_cadence TEXT    NOT NULL DEFAULT 'weekly' CHECK (spotlight_cadence IN ('weekly', 'monthly', 'off')),
  spotlight_day     INTEGER NOT NULL DEFAULT 5 CHECK (spotlight_day BETWEEN 1 AND 7),
  spotlight_time    TEXT    NOT NULL DEFAULT '15:00',
  digest_day        INTEGER NOT NULL DEFAULT 1 CHECK (digest_day BETWEEN 1 AND 7),
  digest_time       TEXT    NOT NULL DEFAULT '09:00',
  digest_channel_id TEXT,               -- NULL: each coordinator gets it by direct message
  kudos_emoji       TEXT    NOT NULL DEFAULT 'sparkles',
  paused            INTEGER NOT NULL DEFAULT 0,
  created_at        INTEGER NOT NULL,
  UNIQUE (platform, workspace_id, channel_id)
);

-- A person on a platform; preferences follow them across the communities of a workspace.
CREATE TABLE people (
  id               INTEGER PRIMARY KEY,
  platform         TEXT    NOT NULL,
  workspace_id     TEXT    NOT NULL,
  user_id          TEXT    NOT NULL,
  display_name     TEXT,
  time_zone        TEXT,
  optout_hosting   INTEGER NOT NULL DEFAULT 0,
  optout_spotlight INTEGER NOT NULL DEFAULT 0,
  optout_nudges    INTEGER NOT NULL DEFAULT 0,
  away_until       TEXT,                -- 'YYYY-MM-DD', inclusive
  first_nudged_at  INTEGER,             -- the first nudge explains how to opt out
  created_at       INTEGER NOT NULL,
  UNIQUE (platform, workspace_id, user_id)
);

CREATE TABLE memberships (
  community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  person_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  role         TEXT    NOT NULL CHECK (role IN ('coordinator', 'member')),
  active       INTEGER NOT NULL DEFAULT 1,
  joined_at    INTEGER NOT NULL,
  left_at      INTEGER,
  PRIMARY KEY (community_id, person_id)
);
CREATE INDEX memberships_by_person ON memberships (person_id);

-- Salted hashes of erased people's ids: a roster sync must not re-enrol them (no id is kept).
CREATE TABLE forgotten_people (
  id_hash      TEXT PRIMARY KEY,
  forgotten_at INTEGER NOT NULL
);

-- The prompt bank (community_id NULL) and each community's own prompts.
CREATE TABLE prompts (
  id           INTEGER PRIMARY KEY,
  community_id INTEGER REFERENCES communities (id) ON DELETE CASCADE,
  author_id    INTEGER REFERENCES people (id) ON DELETE SET NULL,
  text         TEXT    NOT NULL,
  topic        TEXT,
  created_at   INTEGER NOT NULL,
  removed_at   INTEGER
);
CREATE INDEX prompts_by_community ON prompts (community_id);

-- One round per period: a prompt posted at the start, answered until it closes.
CREATE TABLE rounds (
  id          INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  period_key  TEXT    NOT NULL,         -- ISO week in the community's zone, e.g. '2026-W49'
  starts_at   INTEGER NOT NULL,
  closes_at   INTEGER NOT NULL,
  prompt_id   INTEGER REFERENCES prompts (id) ON DELETE SET NULL,
  prompt_text TEXT,                     -- what was posted, kept even if the prompt is removed later
  fallback    INTEGER NOT NULL DEFAULT 0, -- nobody accepted hosting: Curio hosted with a bank prompt
  post_key    TEXT,                     -- outbox key of the prompt post
  posted_at   INTEGER,
  closed_at   INTEGER,
  UNIQUE (community_id, period_key)
);

-- Hosting turns: who was asked to host a round, and how they answered. The latest live turn wins.
CREATE TABLE host_turns (
  id          INTEGER PRIMARY KEY,
  round_id    INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  person_id   INTEGER REFERENCES people (id) ON DELETE CASCADE,
  state       TEXT    NOT NULL CHECK (state IN ('proposed', 'nudged', 'accepted', 'skipped', 'declined', 'withdrawn')),
  assigned_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
  swap_of     INTEGER REFERENCES host_turns (id) ON DELETE SET NULL,
  prompt_id   INTEGER REFERENCES prompts (id) ON DELETE SET NULL,
  nudged_at   INTEGER,
  reminded_at INTEGER,
  answered_at INTEGER,
  created_at  INTEGER NOT NULL
);
CREATE INDEX host_turns_by_round ON host_turns (round_id);
CREATE INDEX host_turns_by_person ON host_turns (person_id);

-- Everything members do that earns visible credit.
CREATE TABLE contributions (
  id           INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  person_id    INTEGER REFERENCES people (id) ON DELETE SET NULL,   -- NULL once erased
  kind         TEXT    NOT NULL CHECK (kind IN ('answer', 'host', 'prompt', 'kudos', 'reaction')),
  round_id     INTEGER REFERENCES rounds (id) ON DELETE SET NULL,
  from_id      INTEGER REFERENCES people (id) ON DELETE SET NULL,   -- who gave kudos or reacted
  text         TEXT,
  channel_id   TEXT,
  message_id   TEXT,
  link         TEXT,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER
);
CREATE INDEX contributions_by_time ON contributions (community_id, created_at);
CREATE INDEX contributions_by_person ON contributions (community_id, person_id, created_at);
CREATE INDEX contributions_by_message ON contributions (message_id);
CREATE UNIQUE INDEX one_answer_per_round ON contributions (round_id, person_id) WHERE kind = 'answer';

CREATE TABLE spotlights (
  id           INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  period_key   TEXT    NOT NULL,
  created_at   INTEGER NOT NULL,
  UNIQUE (community_id, period_key)
);
CREATE TABLE spotlight_people (
  spotlight_id INTEGER NOT NULL REFERENCES spotlights (id) ON DELETE CASCADE,
  person_id    INTEGER REFERENCES people (id) ON DELETE SET NULL
);
CREATE INDEX spotlight_people_by_person ON spotlight_people (person_id);

-- Scheduled occurrences, claimed once by natural key: a restart or a second process never reruns one.
CREATE TABLE occurrences (
  id           INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  job          TEXT    NOT NULL,
  period_key   TEXT    NOT NULL,
  due_at       INTEGER NOT NULL,
  status       TEXT    NOT NULL CHECK (status IN ('done', 'skipped')),
  handled_at   INTEGER NOT NULL,
  reason       TEXT,
  UNIQUE (community_id, job, period_key)
);
CREATE INDEX occurrences_by_time ON occurrences (community_id, handled_at);

-- Messages to deliver, written in the same transaction as the change that causes them.
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  key             TEXT    NOT NULL UNIQUE,
  platform        TEXT    NOT NULL,
  community_id    INTEGER REFERENCES communities (id) ON DELETE SET NULL,
  target          TEXT    NOT NULL,     -- JSON Target
  thread_of       TEXT,                 -- outbox key of the message this one replies under
  message         TEXT    NOT NULL,     -- JSON Message
  status          TEXT    NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  claimed_at      INTEGER,
  ambiguous       INTEGER NOT NULL DEFAULT 0,   -- the last attempt may have posted: check first
  message_id      TEXT,
  last_error      TEXT,
  report_failure  INTEGER NOT NULL DEFAULT 1,   -- tell coordinators if it fails for good
  created_at      INTEGER NOT NULL,
  sent_at         INTEGER
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_by_message ON outbox (message_id);

-- Inbound deliveries already handled (Slack event_id, Teams activity id).
CREATE TABLE inbound_events (
  platform    TEXT    NOT NULL,
  event_id    TEXT    NOT NULL,
  received_at INTEGER NOT NULL,
  PRIMARY KEY (platform, event_id)
);

-- Where proactive messages go (Teams conversation references; any platform may store them).
CREATE TABLE conversation_refs (
  platform     TEXT    NOT NULL,
  workspace_id TEXT    NOT NULL,
  conversation TEXT    NOT NULL,        -- a channel id, or 'user:<id>' for a person
  reference    TEXT    NOT NULL,        -- JSON, adapter-defined
  updated_at   INTEGER NOT NULL,
  PRIMARY KEY (platform, workspace_id, conversation)
);

-- Workspaces that uninstalled or revoked Curio: nothing is sent there until it is back.
CREATE TABLE revoked_workspaces (
  platform     TEXT    NOT NULL,
  workspace_id TEXT    NOT NULL,
  revoked_at   INTEGER NOT NULL,
  PRIMARY KEY (platform, workspace_id)
);
