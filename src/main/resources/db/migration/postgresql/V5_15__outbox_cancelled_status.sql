-- Outbox status CANCELLED (docs/notifications.md): a message not sent yet when its recipient left the
-- network. The column's CHECK constraint, named by PostgreSQL, is replaced by a named one.

alter table notification_outbox drop constraint notification_outbox_status_check;
alter table notification_outbox add constraint ck_outbox_status
    check (status in ('CANCELLED','DIGEST','DIGESTED','FAILED','PENDING','SENT','SKIPPED'));
