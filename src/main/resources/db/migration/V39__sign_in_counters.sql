-- Sign-in throttling counts shared by every app node (people.security.JdbcSignInCounters). The key is the SHA-256
-- of the counter's name (account, source or both), so no username or address is stored in clear. Times are epoch
-- milliseconds, so nodes in different time zones read them alike. Expired rows are deleted every five minutes,
-- and the table is capped (paralelo.login.counter-max-rows).
create table sign_in_counter (
    counter_key char(64) not null,
    hits        int      not null,
    last_ms     bigint   not null,
    expires_ms  bigint   not null,
    primary key (counter_key)
);
create index ix_sign_in_counter_expires on sign_in_counter (expires_ms);
