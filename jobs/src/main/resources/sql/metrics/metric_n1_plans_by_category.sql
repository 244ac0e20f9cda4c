-- N1 Child protection plans starting in the period by initial category of abuse (metrics.md): counts
-- and % neglect. MUL (multiple) is its own category and never counts as neglect (statutory-facts.md §1).
-- Headline: neglect plans started over plans started; the same % neglect by the child's age band at the
-- plan's start, sex and ethnic group (child spine).
with reporting_period as (
    select * from period
),

children as (
    select child_id, birth_month, sex, ethnicity from int_child_spine
),

started as (
    select reporting_period.period, plans.*
    from int_cin__child_protection_plans as plans
    inner join reporting_period
        on plans.plan_start_date between reporting_period.period_start_date and reporting_period.period_end_date
),

-- Every count the headline and the categories need, in one pass over the plans, counted before the join
-- that gives a period without plans started its row of zeros.
plan_counts as (
    select
        period,
        count(*) as started,
        count_if(initial_category = 'NEG') as neglect,
        count_if(initial_category = 'PHY') as physical,
        count_if(initial_category = 'EMO') as emotional,
        count_if(initial_category = 'SAB') as sexual,
        count_if(initial_category = 'MUL') as multiple
    from started
    group by period
),

-- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join.
totals as (
    select /*+ broadcast(plan_counts) */
        reporting_period.period,
        coalesce(plan_counts.started, 0) as started,
        coalesce(plan_counts.neglect, 0) as neglect,
        coalesce(plan_counts.physical, 0) as physical,
        coalesce(plan_counts.emotional, 0) as emotional,
        coalesce(plan_counts.sexual, 0) as sexual,
        coalesce(plan_counts.multiple, 0) as multiple
    from reporting_period
    left join plan_counts
        on plan_counts.period = reporting_period.period
),

-- The headline and every category in every period, all out of the plans started, from the one row of
-- totals per period (one select, so the plans are counted once).
headline_and_categories as (
    select totals.period, category_rows.*
    from totals
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all', 'numerator', neglect, 'denominator', started),
        named_struct('breakdown', 'initial_category', 'breakdown_value', 'NEG', 'numerator', neglect,
            'denominator', started),
        named_struct('breakdown', 'initial_category', 'breakdown_value', 'PHY', 'numerator', physical,
            'denominator', started),
        named_struct('breakdown', 'initial_category', 'breakdown_value', 'EMO', 'numerator', emotional,
            'denominator', started),
        named_struct('breakdown', 'initial_category', 'breakdown_value', 'SAB', 'numerator', sexual,
            'denominator', started),
        named_struct('breakdown', 'initial_category', 'breakdown_value', 'MUL', 'numerator', multiple,
            'denominator', started)
    )) category_rows
),

-- Only the breakdowns by child need the child spine, so only they join it.
described as (
    select
        started.period,
        started.initial_category,
        age_band(children.birth_month, started.plan_start_date) as age_band,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group
    from started
    left join children
        on children.child_id = started.child_id
),

by_child as (
    select
        described.period,
        dimensions.breakdown,
        dimensions.breakdown_value,
        count_if(described.initial_category = 'NEG') as numerator,
        count(*) as denominator
    from described
    lateral view inline(array(
        named_struct('breakdown', 'age_band', 'breakdown_value', described.age_band),
        named_struct('breakdown', 'sex', 'breakdown_value', described.sex),
        named_struct('breakdown', 'ethnic_group', 'breakdown_value', described.ethnic_group)
    )) dimensions
    group by described.period, dimensions.breakdown, dimensions.breakdown_value
),

counted as (
    select * from headline_and_categories
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
