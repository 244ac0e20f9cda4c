-- M2 Children with 3 or more police missing episodes reported in the period (metrics.md): count and %
-- of children who went missing (had a police missing episode reported in the period).
with reporting_period as (
    select * from period
),

episodes_per_child as (
    select episodes.child_id, count(*) as episodes
    from int_police__missing_episodes as episodes
    cross join reporting_period
    where episodes.reported_date between reporting_period.period_start_date and reporting_period.period_end_date
    group by episodes.child_id
),

counted as (
    select count_if(episodes >= 3) as numerator, count(*) as denominator
    from episodes_per_child
),

tidy as (
    select
        'M2' as metric_id,
        reporting_period.period,
        'all' as breakdown,
        'all' as breakdown_value,
        counted.numerator,
        counted.denominator,
        percent_of(counted.numerator, counted.denominator) as value,
        'percent' as unit
    from counted
    cross join reporting_period
)

select * from tidy
