-- N1 child protection plans started in the period by initial category of abuse (metrics.md): each category's
-- share of the plans started, and % neglect (MUL is its own category, never neglect) overall and by age band at
-- the plan's start, sex and ethnic group.
with started as (
    select
        c.initial_category,
        age_band(s.birth_month, c.plan_start_date) as age_band,
        coalesce(s.sex, 'unknown') as sex,
        ethnic_group(s.ethnicity) as ethnic_group
    from int_cin__child_protection_plans c
    join period p on c.plan_start_date between p.period_start_date and p.period_end_date
    left join int_child_spine s on s.child_id = c.child_id
),

categories(initial_category) as (
    values ('NEG'), ('PHY'), ('EMO'), ('SAB'), ('MUL')
),

headline as (
    select 'all' as breakdown, 'all' as breakdown_value,
        count(*) filter (where initial_category = 'NEG') as numerator, count(*) as denominator
    from started
),

-- Every category, with 0 plans when none started in it.
by_category as (
    select 'initial_category' as breakdown, k.initial_category as breakdown_value,
        count(s.initial_category) as numerator, (select count(*) from started) as denominator
    from categories k
    left join started s on s.initial_category = k.initial_category
    group by k.initial_category
),

by_child as (
    select breakdown, breakdown_value,
        count(*) filter (where initial_category = 'NEG') as numerator, count(*) as denominator
    from (unpivot started on age_band, sex, ethnic_group into name breakdown value breakdown_value)
    group by breakdown, breakdown_value
),

counted as (
    select * from headline
    union all
    select * from by_category
    union all
    select * from by_child
)

select 'N1' as metric_id, breakdown, breakdown_value, numerator, denominator,
    percent_of(numerator, denominator) as value
from counted
