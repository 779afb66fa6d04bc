-- The public showcase (/vitrine) and its OAI-PMH endpoint (/oai), issue 20 (docs/showcase.md).
--
-- Rate limit shared by every node: one row per client and minute window, counted by an atomic
-- update. The client is a salted SHA-256 of its address, never the address itself; rows of past
-- windows are deleted within two minutes.
create table showcase_rate_window (
    client_key varchar(64) not null,
    window_start bigint not null,
    hits integer not null,
    primary key (client_key, window_start)
);
create index idx_showcase_rate_window_start on showcase_rate_window (window_start);

-- OAI-PMH selective harvesting reads published productions by datestamp (updated_at), then id.
create index idx_production_harvest on production (status, updated_at, id);
