-- The console adapter's small state (its simulated clock, its message counter), kept in the same
-- database as the data it belongs to: a second console session continues from the same simulated
-- time, and deleting the database resets both together.
CREATE TABLE console_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
