-- E3 Missing-education episodes ended in the period (metrics.md): % lasting over 28 days (exactly 28
-- is not over), days from cme_start_date to cme_end_date, overall and by reason; E3_median the median
-- days (one decimal place).
with reporting_period as (
    select * from period
),

ended as (
    select episodes.reason, episodes.days_missing_education
    from int_education__missing_education_episodes as episodes
    cross join reporting_period
    where episodes.cme_end_date between reporting_period.period_start_date and reporting_period.period_end_date
),

counted as (
    select 'E3' as metric_id, 'all' as breakdown, 'all' as breakdown_value,
        count_if(days_missing_education > 28) as numerator, count(*) as denominator,
        percent_of(count_if(days_missing_education > 28), count(*)) as value,
        'percent' as unit
    from ended
    union all
    select 'E3' as metric_id, 'reason' as breakdown, reason as breakdown_value,
        count_if(days_missing_education > 28) as numerator, count(*) as denominator,
        percent_of(count_if(days_missing_education > 28), count(*)) as value,
        'percent' as unit
    from ended
    group by reason
    union all
    select 'E3_median' as metric_id, 'all' as breakdown, 'all' as breakdown_value,
        cast(null as bigint) as numerator, count(*) as denominator,
        round(median(days_missing_education), 1) as value, 'days' as unit
    from ended
),

tidy as (
    select
        counted.metric_id,
        reporting_period.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.numerator,
        counted.denominator,
        cast(counted.value as double) as value,
        counted.unit
    from counted
    cross join reporting_period
)

select * from tidy
