-- Lookups on hot paths that used to scan or sort whole tables, which grow by a row per community
-- and week:
-- a thread reply finds its round by the prompt post's outbox key (every answer scanned every round
-- of every community);
CREATE INDEX rounds_by_post_key ON rounds (post_key) WHERE post_key IS NOT NULL;
-- a community's open, latest or upcoming rounds are read in start order (each read sorted them);
CREATE INDEX rounds_by_start ON rounds (community_id, starts_at);
-- and every scheduler tick asks which open rounds are due to close and which nudges are unanswered
-- (a handful at any time).
CREATE INDEX rounds_open_by_close ON rounds (closes_at) WHERE posted_at IS NOT NULL AND closed_at IS NULL;
CREATE INDEX host_turns_by_state ON host_turns (state, nudged_at);
