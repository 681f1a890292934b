-- Digests and spotlights scan a community's contributions over a period and need only who, what
-- and when. Carrying person_id and kind in the time index lets those scans read the index alone
-- instead of one table row per contribution (measured in bench/insights.bench.ts; see
-- docs/benchmarks.md). It starts with the same columns as contributions_by_time, so it serves
-- every query that one served, and the old index goes to keep writes cheap.
CREATE INDEX contributions_by_time_covering ON contributions (community_id, created_at, person_id, kind);
DROP INDEX contributions_by_time;
