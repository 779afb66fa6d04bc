-- Workshop days (issue 15): the room where each workshop takes place, given by the project team
-- when it plans the workshops; shown in each teacher's invitation, its .ics and the calendar feed.

alter table workshop add column room varchar(100);
