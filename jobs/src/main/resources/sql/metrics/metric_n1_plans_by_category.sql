-- N1 Child protection plans starting in the period by initial category of abuse (metrics.md): counts
-- and % neglect. MUL (multiple) is its own category and never counts as neglect (statutory-facts.md §1).
-- Headline: neglect plans started over plans started.
with reporting_period as (
    select * from period
),

categories as (
    select *
    from values ('NEG'), ('PHY'), ('EMO'), ('SAB'), ('MUL') as categories (initial_category)
),

started as (
    select plans.*
    from int_cin__child_protection_plans as plans
    cross join reporting_period
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

counted as (
    select * from headline
    union all
    select * from by_category
),

tidy as (
    select
        'N1' as metric_id,
        reporting_period.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.numerator,
        counted.denominator,
        cast(round(try_divide(counted.numerator * 100.0, counted.denominator), 1) as double) as value,
        'percent' as unit
    from counted
    cross join reporting_period
)

select * from tidy
