-- The operator's store beside the register: sessions, pending logins, one-time codes and claims,
-- rate-limit counters — so that a restart keeps citizens logged in and several instances on one
-- database share them. Instants are ms since the epoch; every expiry is indexed so that
-- clean-up deletes by range, never by scanning.

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  person_id  TEXT NOT NULL,
  kommune    TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- `client` is a keyed hash of the caller's address (no addresses in storage); it carries the
-- per-address quota that replaces the old global cap.
CREATE TABLE pending_logins (
  id             TEXT PRIMARY KEY,
  client         TEXT NOT NULL,
  nonce          TEXT NOT NULL,
  kommune        TEXT NOT NULL,
  state          TEXT NOT NULL,
  code_challenge TEXT NOT NULL,
  redirect_uri   TEXT NOT NULL,
  extra          TEXT,
  created_at     INTEGER NOT NULL,
  expires_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX pending_logins_client ON pending_logins (client, created_at);
CREATE INDEX pending_logins_expiry ON pending_logins (expires_at);

-- One-time login codes, stored as hashes. `used_at` set on first redemption; the row is kept a
-- while so that a replay can revoke the session the first use produced.
CREATE TABLE login_codes (
  code_hash    TEXT PRIMARY KEY,
  grant_data   TEXT NOT NULL,
  expires_at   INTEGER NOT NULL,
  used_at      INTEGER,
  session_hash TEXT
) STRICT;
CREATE INDEX login_codes_expiry ON login_codes (expires_at);

-- Generic one-time claims (SAML assertion ids against replay, …).
CREATE TABLE one_time_claims (
  key        TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX one_time_claims_expiry ON one_time_claims (expires_at);

-- Fixed-window counters per (bucket, client).
CREATE TABLE rate_limits (
  bucket   TEXT NOT NULL,
  client   TEXT NOT NULL,
  reset_at INTEGER NOT NULL,
  count    INTEGER NOT NULL,
  PRIMARY KEY (bucket, client)
) STRICT;
CREATE INDEX rate_limits_reset ON rate_limits (reset_at);

-- The register de-duplicates a repeated change by its idempotency key (register/port.ts).
ALTER TABLE abmeldungen ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX abmeldungen_idempotency ON abmeldungen (idempotency_key);
