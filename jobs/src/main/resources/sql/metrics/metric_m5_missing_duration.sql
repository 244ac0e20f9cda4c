-- M5 Duration of police missing episodes ended (returned_at) in the period, from last seen, or the
-- report where last seen is blank, to the return (metrics.md). Headline: episodes lasting over 24 hours
-- (exactly 24 is not over) over episodes ended; M5_over_72h the same over 72 hours; M5_median the
-- median length in hours (one decimal place). An episode that started before the period counts when it
-- ends inside it. A return recorded before last seen is a data-quality finding, left out here.
with reporting_period as (
    select * from period
),

ended as (
    select reporting_period.period, episodes.duration_hours
    from int_police__missing_episodes as episodes
    inner join reporting_period
        on episodes.returned_date between reporting_period.period_start_date and reporting_period.period_end_date
    where episodes.duration_hours >= 0
),

-- Every period, with its ended episodes (none: one row of nulls, so that its headlines are 0 / 0).
ended_in_each_period as (
    select reporting_period.period, ended.duration_hours
    from reporting_period
    left join ended
        on ended.period = reporting_period.period
),

counted as (
    select 'M5' as metric_id, period, count_if(duration_hours > 24) as numerator,
        count(duration_hours) as denominator,
        percent_of(count_if(duration_hours > 24), count(duration_hours)) as value,
        'percent' as unit
    from ended_in_each_period
    group by period
    union all
    select 'M5_over_72h' as metric_id, period, count_if(duration_hours > 72) as numerator,
        count(duration_hours) as denominator,
        percent_of(count_if(duration_hours > 72), count(duration_hours)) as value,
        'percent' as unit
    from ended_in_each_period
    group by period
    union all
    select 'M5_median' as metric_id, period, cast(null as bigint) as numerator, count(duration_hours) as denominator,
        round(median(duration_hours), 1) as value, 'hours' as unit
    from ended_in_each_period
    group by period
),

tidy as (
    select
        counted.metric_id,
        counted.period,
        'all' as breakdown,
        'all' as breakdown_value,
        counted.numerator,
        counted.denominator,
        counted.value,
        counted.unit
    from counted
)

select * from tidy
