-- The dispatcher claims the oldest unfinished message of each target (so a channel's messages go
-- out in order). This index answers "is there an earlier unfinished message for this target?"
-- without building a temporary B-tree on every claim.
CREATE INDEX outbox_open_by_target ON outbox (target, id) WHERE status IN ('pending', 'sending');
