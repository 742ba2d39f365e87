-- index audit_by_entity
CREATE INDEX audit_by_entity ON audit_log (entity, entity_id);

-- index complaints_by_received
CREATE INDEX complaints_by_received ON complaints (received_at DESC, id DESC);

-- index complaints_open_by_class
CREATE INDEX complaints_open_by_class ON complaints (class_code) WHERE resolved_at IS NULL;

-- index complaints_regrade_due
CREATE INDEX complaints_regrade_due ON complaints (regrade_at) WHERE regrade_at IS NOT NULL;

-- index complaints_same_problem
CREATE INDEX complaints_same_problem ON complaints (problem_code, received_at) WHERE problem_code IS NOT NULL;

-- index outbox_pending
CREATE INDEX outbox_pending ON outbox (seq) WHERE acknowledged_at IS NULL;

-- table audit_log
CREATE TABLE audit_log ( seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user_id TEXT, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, before TEXT, after TEXT ) STRICT;

-- table calendar_days
CREATE TABLE calendar_days ( day TEXT PRIMARY KEY, working INTEGER NOT NULL CHECK (working IN (0, 1)), name TEXT NOT NULL, calendar_version TEXT NOT NULL, published_at TEXT NOT NULL ) STRICT;

-- table calendar_years
CREATE TABLE calendar_years ( year INTEGER PRIMARY KEY, calendar_version TEXT NOT NULL ) STRICT;

-- table complaints
CREATE TABLE complaints ( id TEXT PRIMARY KEY, serial TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL, customer_name TEXT NOT NULL, customer_phone TEXT, content TEXT NOT NULL, remedy TEXT, first_receiver_id TEXT NOT NULL REFERENCES users(id), received_at TEXT NOT NULL, entered_at TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES users(id), updated_at TEXT NOT NULL, version INTEGER NOT NULL , direct_loss REAL, group_size INTEGER, affected_share REAL, media_involved INTEGER NOT NULL DEFAULT 0, regulator_involved INTEGER NOT NULL DEFAULT 0, ticked_criteria TEXT NOT NULL DEFAULT '[]', resolved_at TEXT, class_code TEXT, class_override TEXT, override_reason TEXT, override_by TEXT REFERENCES users(id), rule_pack_id TEXT, rule_pack_version TEXT, pack_facts TEXT NOT NULL DEFAULT '{}', problem_code TEXT, regrade_at TEXT) STRICT;

-- table outbox
CREATE TABLE outbox ( seq INTEGER PRIMARY KEY AUTOINCREMENT, entry_id TEXT NOT NULL UNIQUE, entity TEXT NOT NULL, entity_id TEXT NOT NULL, entity_version INTEGER NOT NULL, operation TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL, acknowledged_at TEXT ) STRICT;

-- table schema_migrations
CREATE TABLE schema_migrations ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL ) STRICT;

-- table serial_counters
CREATE TABLE serial_counters ( day TEXT PRIMARY KEY, last_sequence INTEGER NOT NULL ) STRICT;

-- table site
CREATE TABLE site ( singleton INTEGER PRIMARY KEY CHECK (singleton = 1), site_id TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, organisation TEXT NOT NULL, rule_pack TEXT NOT NULL, time_zone TEXT NOT NULL, idle_sign_out_minutes INTEGER NOT NULL, demo INTEGER NOT NULL, created_at TEXT NOT NULL , work_day_opens TEXT NOT NULL DEFAULT '08:30', work_day_closes TEXT NOT NULL DEFAULT '17:30', version INTEGER NOT NULL DEFAULT 1) STRICT;

-- table sync_state
CREATE TABLE sync_state ( key TEXT PRIMARY KEY, value TEXT NOT NULL ) STRICT;

-- table users
CREATE TABLE users ( id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, roles TEXT NOT NULL, unit TEXT, secret_kind TEXT NOT NULL CHECK (secret_kind IN ('password', 'pin')), secret_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL ) STRICT;
