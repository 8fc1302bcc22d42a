-- GIFT's ::title:: names a question in the bank; existing questions have none.
alter table question add column title varchar(255) not null default '';
