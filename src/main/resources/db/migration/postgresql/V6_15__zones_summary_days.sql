-- Issue 21 (what remained).
-- Holiday zones beyond A/B/C: an establishment may be in Corse or an overseas zone
-- ("Saint Pierre et Miquelon", as the ministry's calendar names it), like the network.
alter table establishment alter column holiday_zone type varchar(40);

-- A workshop day started from a network summary: the summary's school year and the needs it
-- proposed as the day's concerns (joined by "|").
alter table workshop_day add column summary_school_year varchar(9);
alter table workshop_day add column proposed_concerns varchar(2000);
