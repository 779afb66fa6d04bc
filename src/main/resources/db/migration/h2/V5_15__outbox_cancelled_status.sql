-- Outbox status CANCELLED (docs/notifications.md): a message not sent yet when its recipient left the
-- network. H2 named the column's CHECK constraint itself (CONSTRAINT_...), so the column is rebuilt
-- with a named constraint; its indexes are dropped and created again around it.

drop index idx_outbox_status_next;
drop index idx_outbox_recipient_status;
alter table notification_outbox add column status_v5 varchar(20);
update notification_outbox set status_v5 = status;
alter table notification_outbox drop column status;
alter table notification_outbox alter column status_v5 rename to status;
alter table notification_outbox alter column status set not null;
alter table notification_outbox add constraint ck_outbox_status
    check (status in ('CANCELLED','DIGEST','DIGESTED','FAILED','PENDING','SENT','SKIPPED'));
create index idx_outbox_status_next on notification_outbox (status, next_attempt_at);
create index idx_outbox_recipient_status on notification_outbox (recipient_user_id, status);
