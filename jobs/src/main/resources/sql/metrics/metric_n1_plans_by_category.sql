-- N1 Child protection plans starting in the period by initial category of abuse (metrics.md): counts
-- and % neglect. MUL (multiple) is its own category and never counts as neglect (statutory-facts.md §1).
-- Headline: neglect plans started over plans started; the same % neglect by the child's age band at the
-- plan's start, sex and ethnic group (child spine).
with reporting_period as (
    select * from period
),

categories as (
    select *
    from values ('NEG'), ('PHY'), ('EMO'), ('SAB'), ('MUL') as categories (initial_category)
),

children as (
    select child_id, birth_month, sex, ethnicity from int_child_spine
),

started as (
    select
        plans.*,
        age_band(children.birth_month, plans.plan_start_date) as age_band,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group
    from int_cin__child_protection_plans as plans
    cross join reporting_period
    left join children
        on children.child_id = plans.child_id
    where plans.plan_start_date between reporting_period.period_start_date and reporting_period.period_end_date
),

headline as (
    select
        'all' as breakdown,
        'all' as breakdown_value,
        count_if(initial_category = 'NEG') as numerator,
        count(*) as denominator
    from started
),

by_category as (
    select
        'initial_category' as breakdown,
        categories.initial_category as breakdown_value,
        count(started.child_id) as numerator,
        (select count(*) from started) as denominator
    from categories
    left join started
        on started.initial_category = categories.initial_category
    group by categories.initial_category
),

by_child as (
    select 'age_band' as breakdown, age_band as breakdown_value, count_if(initial_category = 'NEG') as numerator,
        count(*) as denominator
    from started
    group by age_band
    union all
    select 'sex' as breakdown, sex as breakdown_value, count_if(initial_category = 'NEG') as numerator,
        count(*) as denominator
    from started
    group by sex
    union all
    select 'ethnic_group' as breakdown, ethnic_group as breakdown_value,
        count_if(initial_category = 'NEG') as numerator, count(*) as denominator
    from started
    group by ethnic_group
),

counted as (
    select * from headline
    union all
    select * from by_category
    union all
    select * from by_child
),

tidy as (
    select
        'N1' as metric_id,
        reporting_period.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.numerator,
        counted.denominator,
        percent_of(counted.numerator, counted.denominator) as value,
        'percent' as unit
    from counted
    cross join reporting_period
)

select * from tidy
