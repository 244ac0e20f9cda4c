-- A child's age in whole years at an event, counted in whole months from the birth month (partners send
-- only yyyy-mm, so a child is taken to have its birthday on the first of its birth month).
create or replace temporary function age_in_years(birth_month date, event_date date)
returns int
return cast(floor(((year(event_date) * 12 + month(event_date)) - (year(birth_month) * 12 + month(birth_month))) / 12) as int)
