-- Events that carry a batch (the bulk import's activation links, a hundred at a time; a coordinator's weekly
-- summary with every region and run) are longer than the 4,000 characters the registry's column held: the import
-- failed with "value too long". longtext holds any of them on H2 and MariaDB; the column is never searched.
alter table EVENT_PUBLICATION modify serialized_event longtext not null;
