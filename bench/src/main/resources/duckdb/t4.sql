-- T4 assessments authorised in the period within 45 working days of their start (start after authorisation left out).
with timed as (
    select e.working_day_number - s.working_day_number as working_days
    from int_cin__assessments a
    cross join period p
    left join int_calendar s on s.date = a.assessment_start_date
    left join int_calendar e on e.date = a.assessment_authorised_date
    where a.assessment_authorised_date between p.period_start_date and p.period_end_date
)
select count(*) filter (where working_days <= 45) as numerator, count(*) as denominator
from timed where working_days >= 0
