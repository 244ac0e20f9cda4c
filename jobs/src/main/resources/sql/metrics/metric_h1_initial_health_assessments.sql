-- H1 Children who started to be looked after in the period (health/initial_health_assessments.csv, one
-- row per child and start; repeated rows keep the earliest completion): % with an initial health assessment
-- completed within 20 working days, wd(looked_after_start_date, completed_date) <= 20 (statutory-facts.md
-- §3). An assessment not completed counts against the rate; one completed before the start is a
-- data-quality finding, left out of it. Breakdowns: age band at the start, sex, ethnic group.

with period as (
    select * from period
),

health_assessments as (
    select * from stg_health__initial_health_assessments
),

calendar as (
    select * from int_calendar
),

children as (
    select child_id, birth_month, sex, ethnicity from int_child_spine
),

starts_in_period as (
    select
        period.period,
        health_assessments.child_id,
        health_assessments.looked_after_start_date,
        min(health_assessments.completed_date) as completed_date
    from health_assessments
    inner join period
        on health_assessments.looked_after_start_date between period.period_start_date and period.period_end_date
    group by period.period, health_assessments.child_id, health_assessments.looked_after_start_date
),

durations as (
    select
        starts_in_period.period,
        starts_in_period.child_id,
        starts_in_period.looked_after_start_date,
        starts_in_period.completed_date,
        completed_day.working_day_number - start_day.working_day_number as working_days
    from starts_in_period
    left join calendar as start_day
        on starts_in_period.looked_after_start_date = start_day.date
    left join calendar as completed_day
        on starts_in_period.completed_date = completed_day.date
),

-- A start is rated unless its assessment was completed before it (or on a date the calendar lacks).
rated_durations as (
    select
        *,
        completed_date is null or coalesce(working_days >= 0, false) as is_rated,
        coalesce(working_days <= 20, false) as is_within_20_working_days
    from durations
),

-- Every count a period's headline and volumes need, in one pass over its starts, counted before the join
-- that gives a period without starts its row of zeros.
start_counts as (
    select
        period,
        count_if(is_rated) as rated,
        count_if(is_rated and is_within_20_working_days) as within_20_working_days,
        count_if(completed_date is null) as not_completed,
        count_if(working_days < 0) as completed_before_start
    from rated_durations
    group by period
),

totals as (
    -- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join first
    select /*+ broadcast(start_counts) */
        period.period,
        coalesce(start_counts.rated, 0) as rated,
        coalesce(start_counts.within_20_working_days, 0) as within_20_working_days,
        coalesce(start_counts.not_completed, 0) as not_completed,
        coalesce(start_counts.completed_before_start, 0) as completed_before_start,
        percent_of(coalesce(start_counts.within_20_working_days, 0), coalesce(start_counts.rated, 0))
            as within_20_working_days_percent
    from period
    left join start_counts
        on start_counts.period = period.period
),

-- The headline and volumes, all from the one row of totals per period (one select, so the starts are
-- counted once: Spark would count them again for each select that read totals). SQL functions such as
-- percent_of cannot be called inside inline(), so totals computes the percentage.
headline_and_volumes as (
    select totals.period, counted.*
    from totals
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all', 'numerator', within_20_working_days,
            'denominator', rated, 'value', within_20_working_days_percent, 'unit', 'percent'),
        named_struct('breakdown', 'volume', 'breakdown_value', 'not_completed', 'numerator', not_completed,
            'denominator', cast(null as bigint), 'value', cast(not_completed as double), 'unit', 'count'),
        named_struct('breakdown', 'data_quality', 'breakdown_value', 'completed_before_start',
            'numerator', completed_before_start, 'denominator', cast(null as bigint),
            'value', cast(completed_before_start as double), 'unit', 'count')
    )) counted
),

rated as (
    select
        rated_durations.*,
        age_band(children.birth_month, rated_durations.looked_after_start_date) as age_band,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group
    from rated_durations
    left join children
        on rated_durations.child_id = children.child_id
    where rated_durations.is_rated
),

by_child as (
    select
        rated.period,
        dimensions.breakdown,
        dimensions.breakdown_value,
        count_if(rated.is_within_20_working_days) as numerator,
        count(*) as denominator,
        percent_of(count_if(rated.is_within_20_working_days), count(*)) as value,
        'percent' as unit
    from rated
    lateral view inline(array(
        named_struct('breakdown', 'age_band', 'breakdown_value', rated.age_band),
        named_struct('breakdown', 'sex', 'breakdown_value', rated.sex),
        named_struct('breakdown', 'ethnic_group', 'breakdown_value', rated.ethnic_group)
    )) dimensions
    group by rated.period, dimensions.breakdown, dimensions.breakdown_value
),

unioned as (
    select * from headline_and_volumes
    union all select * from by_child
),

final as (
    select 'H1' as metric_id, unioned.*
    from unioned
)

select * from final
