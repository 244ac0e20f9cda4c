-- T5 initial child protection conferences in the period within 15 working days of the section 47 start.
with timed as (
    select e.working_day_number - s.working_day_number as working_days
    from int_cin__section47s a
    cross join period p
    left join int_calendar s on s.date = a.s47_start_date
    left join int_calendar e on e.date = a.icpc_date
    where a.icpc_date between p.period_start_date and p.period_end_date
)
select count(*) filter (where working_days <= 15) as numerator, count(*) as denominator
from timed where working_days >= 0
