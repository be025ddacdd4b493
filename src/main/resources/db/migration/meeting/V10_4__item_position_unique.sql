-- Two items proposed at once to one agenda (or one sitting) could take the same position: each
-- insert now locks its meeting (or sitting) first, and the position is unique. Agendas that
-- already hold a shared position are numbered again, in their order.
update agenda_item a set position = (
    select count(*) from agenda_item b
    where b.meeting_id = a.meeting_id and (b.position < a.position or (b.position = a.position and b.id <= a.id)))
where a.meeting_id in (select meeting_id from agenda_item group by meeting_id, position having count(*) > 1);
drop index agenda_item_meeting;
create unique index agenda_item_meeting on agenda_item (meeting_id, position);

update session_item a set position = (
    select count(*) from session_item b
    where b.session_id = a.session_id and (b.position < a.position or (b.position = a.position and b.id <= a.id)))
where a.session_id in (select session_id from session_item group by session_id, position having count(*) > 1);
create unique index session_item_position on session_item (session_id, position);
