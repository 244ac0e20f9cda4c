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
        reporting_period.period,
        plans.*,
        age_band(children.birth_month, plans.plan_start_date) as age_band,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group
    from int_cin__child_protection_plans as plans
    inner join reporting_period
        on plans.plan_start_date between reporting_period.period_start_date and reporting_period.period_end_date
    left join children
        on children.child_id = plans.child_id
),

headline as (
    select
        reporting_period.period,
        'all' as breakdown,
        'all' as breakdown_value,
        count_if(started.initial_category = 'NEG') as numerator,
        count(started.period) as denominator
    from reporting_period
    left join started
        on started.period = reporting_period.period
    group by reporting_period.period
),

-- Every category in every period, out of the headline's plans started.
by_category as (
    select
        headline.period,
        'initial_category' as breakdown,
        categories.initial_category as breakdown_value,
        count(started.child_id) as numerator,
        max(headline.denominator) as denominator
    from categories
    cross join headline
    left join started
        on started.period = headline.period
        and started.initial_category = categories.initial_category
    group by headline.period, categories.initial_category
),

by_child as (
    select
        started.period,
        dimensions.breakdown,
        dimensions.breakdown_value,
        count_if(started.initial_category = 'NEG') as numerator,
        count(*) as denominator
    from started
    lateral view inline(array(
        named_struct('breakdown', 'age_band', 'breakdown_value', started.age_band),
        named_struct('breakdown', 'sex', 'breakdown_value', started.sex),
        named_struct('breakdown', 'ethnic_group', 'breakdown_value', started.ethnic_group)
    )) dimensions
    group by started.period, dimensions.breakdown, dimensions.breakdown_value
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
        counted.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.numerator,
        counted.denominator,
        percent_of(counted.numerator, counted.denominator) as value,
        'percent' as unit
    from counted
)

select * from tidy
