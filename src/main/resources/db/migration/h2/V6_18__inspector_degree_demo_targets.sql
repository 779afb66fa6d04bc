-- Issue 19, remaining items. The degree an inspector works in (network.Member.degree: PRIMAIRE for
-- an IEN premier degré, SECONDAIRE for an IA-IPR or IEN ET; null when unknown), which decides their
-- seat in a zone's steering trio. And indicator targets chosen outside a network meeting (the demo
-- réseau Sainte Victoire's, seeded for the current school year) have no annual review.

alter table member add column degree varchar(16) check (degree in ('PRIMAIRE','SECONDAIRE'));
alter table indicator_target alter column review_id drop not null;
