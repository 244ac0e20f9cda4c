-- M5 Duration of police missing episodes ended (returned_at) in the period, from last seen, or the
-- report where last seen is blank, to the return (metrics.md). Headline: episodes lasting over 24 hours
-- (exactly 24 is not over) over episodes ended; M5_over_72h the same over 72 hours; M5_median the
-- median length in hours (one decimal place). An episode that started before the period counts when it
-- ends inside it. A return recorded before last seen is a data-quality finding, left out here.
with reporting_period as (
    select * from period
),

ended as (
    select episodes.duration_hours
    from int_police__missing_episodes as episodes
    cross join reporting_period
    where episodes.returned_date between reporting_period.period_start_date and reporting_period.period_end_date
        and episodes.duration_hours >= 0
),

counted as (
    select 'M5' as metric_id, count_if(duration_hours > 24) as numerator, count(*) as denominator,
        percent_of(count_if(duration_hours > 24), count(*)) as value,
        'percent' as unit
    from ended
    union all
    select 'M5_over_72h' as metric_id, count_if(duration_hours > 72) as numerator, count(*) as denominator,
        percent_of(count_if(duration_hours > 72), count(*)) as value,
        'percent' as unit
    from ended
    union all
    select 'M5_median' as metric_id, cast(null as bigint) as numerator, count(*) as denominator,
        round(median(duration_hours), 1) as value, 'hours' as unit
    from ended
),

tidy as (
    select
        counted.metric_id,
        reporting_period.period,
        'all' as breakdown,
        'all' as breakdown_value,
        counted.numerator,
        counted.denominator,
        counted.value,
        counted.unit
    from counted
    cross join reporting_period
)

select * from tidy
