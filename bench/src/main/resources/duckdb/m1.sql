-- M1 police missing episodes reported in the period (numerator) and the children they concern (denominator).
select count(*) as numerator, count(distinct m.child_id) as denominator
from missing_episodes_dated m, period p
where m.reported_date between p.period_start_date and p.period_end_date
