-- Found by the query-plan test (test/storage/query-plans.test.ts):
-- `me` and the App Home count a person's contributions by kind, in one community or all;
CREATE INDEX contributions_by_person_everywhere ON contributions (person_id, community_id, kind);
-- a spotlight's people are read by spotlight, to leave recent ones out of the next pick;
CREATE INDEX spotlight_people_by_spotlight ON spotlight_people (spotlight_id);
-- and every tick forgets event ids older than a day.
CREATE INDEX inbound_events_by_time ON inbound_events (received_at);
