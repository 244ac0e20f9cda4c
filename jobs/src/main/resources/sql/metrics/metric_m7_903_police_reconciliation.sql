-- M7 Reconciliation of council and police records (metrics.md): looked-after children's SSDA903 M
-- (missing) periods starting in the period with no police missing report for the child whose report
-- date is within one day either side of the period's start (a report 1 day before matches, 2 days
-- does not). Headline: unmatched M periods over M periods starting in the period.
with reporting_period as (
    select * from period
),

missing_periods as (
    select distinct reporting_period.period, missing.child_id, missing.missing_start_date
    from stg_903__missing as missing
    inner join reporting_period
        on missing.missing_start_date between reporting_period.period_start_date and reporting_period.period_end_date
    where missing.missing_type = 'M'
),

matched as (
    select distinct missing_periods.child_id, missing_periods.missing_start_date
    from missing_periods
    inner join int_police__missing_episodes as episodes
        on episodes.child_id = missing_periods.child_id
        and abs(datediff(episodes.reported_date, missing_periods.missing_start_date)) <= 1
),

counted as (
    select
        reporting_period.period,
        count_if(missing_periods.period is not null and matched.child_id is null) as numerator,
        count(missing_periods.period) as denominator
    from reporting_period
    left join missing_periods
        on missing_periods.period = reporting_period.period
    left join matched
        on matched.child_id = missing_periods.child_id
        and matched.missing_start_date = missing_periods.missing_start_date
    group by reporting_period.period
),

tidy as (
    select
        'M7' as metric_id,
        counted.period,
        'all' as breakdown,
        'all' as breakdown_value,
        counted.numerator,
        counted.denominator,
        percent_of(counted.numerator, counted.denominator) as value,
        'percent' as unit
    from counted
)

select * from tidy
