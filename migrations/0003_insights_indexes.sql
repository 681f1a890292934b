-- Digests and spotlights scan a community's contributions over a period, and look back over each
-- quiet member's history, needing only who, what and when. Carrying person_id and kind in the two
-- contribution indexes lets those reads stay inside the index instead of fetching one table row
-- per contribution (measured in bench/insights.bench.ts; see docs/benchmarks.md). Each new index
-- starts with the same columns as the one it replaces, so it serves every query that one served;
-- the old ones go to keep writes cheap.
CREATE INDEX contributions_by_time_covering ON contributions (community_id, created_at, person_id, kind);
DROP INDEX contributions_by_time;
CREATE INDEX contributions_by_person_covering ON contributions (community_id, person_id, created_at, kind);
DROP INDEX contributions_by_person;
-- Who hosted a round: the digest reads the 'host' contribution of each of the last 12 rounds.
CREATE INDEX contributions_host_by_round ON contributions (round_id) WHERE kind = 'host';
