-- N1 child protection plans started in the period whose initial category is neglect.
select count(*) filter (where c.initial_category = 'NEG') as numerator, count(*) as denominator
from int_cin__child_protection_plans c, period p
where c.plan_start_date between p.period_start_date and p.period_end_date
