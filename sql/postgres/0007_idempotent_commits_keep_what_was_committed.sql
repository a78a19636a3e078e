-- 0007: an idempotent commit keeps what it committed (the proposal it signed, its leases and the
-- firms' names, as JSON), not a rendered answer: the adapter renders the answer from it, the
-- first time and on a replay, in the language of the request. Rows kept before this held a
-- rendered answer; they are retry records for a few minutes' use, so they are dropped rather
-- than converted (a retry with such a key commits anew, and is refused as a changed proposal
-- since its leases are stored).
DELETE FROM idempotent_commits;
ALTER TABLE idempotent_commits RENAME COLUMN response TO committed;
