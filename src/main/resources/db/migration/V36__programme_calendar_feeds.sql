-- Programme: one iCalendar subscription feed per person, reached by a secret token in its address
-- (/calendario/<token>.ics) that calendar apps fetch without signing in. Renewing replaces the token, so the old
-- address stops working at once; revoking deletes the row.

create table programme_calendar_feed (
    person_id  bigint      not null,
    token      varchar(64) not null,
    created_at datetime(6) not null,
    primary key (person_id),
    constraint uk_programme_calendar_feed_token unique (token),
    constraint fk_programme_calendar_feed_person foreign key (person_id) references person (id)
);
