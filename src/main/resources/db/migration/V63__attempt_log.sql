-- Attempts counted for every app node alike (base.AttemptLog): wrong check-in codes per person (programme) and
-- password-reset requests per source and per e-mail (people). One row per counted attempt, so a limit is "at most N
-- in any window" exactly as the in-memory counters it replaces. The key is the SHA-256 of the counter's name, so no
-- address is stored in clear; times are epoch milliseconds. Rows past their window are deleted every five minutes.
create table attempt_log (
    id          bigint   not null auto_increment,
    attempt_key char(64) not null,
    at_ms       bigint   not null,
    expires_ms  bigint   not null,
    primary key (id)
);
create index ix_attempt_log_key on attempt_log (attempt_key, at_ms);
create index ix_attempt_log_expires on attempt_log (expires_ms);
