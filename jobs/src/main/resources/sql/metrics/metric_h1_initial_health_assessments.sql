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
        starts_in_period.completed_date,
        completed_day.working_day_number - start_day.working_day_number as working_days,
        age_band(children.birth_month, starts_in_period.looked_after_start_date) as age_band,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group
    from starts_in_period
    left join calendar as start_day
        on starts_in_period.looked_after_start_date = start_day.date
    left join calendar as completed_day
        on starts_in_period.completed_date = completed_day.date
    left join children
        on starts_in_period.child_id = children.child_id
),

rated as (
    select
        *,
        coalesce(working_days <= 20, false) as is_within_20_working_days
    from durations
    where completed_date is null or working_days >= 0
),

headline as (
    select
        period.period,
        'all' as breakdown,
        'all' as breakdown_value,
        count_if(rated.is_within_20_working_days) as numerator,
        count(rated.period) as denominator,
        percent_of(count_if(rated.is_within_20_working_days), count(rated.period)) as value,
        'percent' as unit
    from period
    left join rated
        on rated.period = period.period
    group by period.period
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

-- Every period with its starts; a period with none has one row of nulls, which is not a start left uncompleted.
period_durations as (
    select period.period, durations.period is not null as started, durations.completed_date, durations.working_days
    from period
    left join durations
        on durations.period = period.period
),

volumes as (
    select
        period,
        'volume' as breakdown,
        'not_completed' as breakdown_value,
        count_if(started and completed_date is null) as numerator,
        cast(null as bigint) as denominator,
        cast(count_if(started and completed_date is null) as double) as value,
        'count' as unit
    from period_durations
    group by period
    union all
    select period, 'data_quality', 'completed_before_start', count_if(working_days < 0), null,
        cast(count_if(working_days < 0) as double), 'count'
    from period_durations
    group by period
),

unioned as (
    select * from headline
    union all select * from by_child
    union all select * from volumes
),

final as (
    select 'H1' as metric_id, unioned.*
    from unioned
)

select * from final
