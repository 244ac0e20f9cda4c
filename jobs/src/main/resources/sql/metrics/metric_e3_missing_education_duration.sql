-- E3 Missing-education episodes ended in the period (metrics.md): % lasting over 28 days (exactly 28
-- is not over), days from cme_start_date to cme_end_date, overall and by reason; E3_median the median
-- days (one decimal place).
with reporting_period as (
    select * from period
),

ended as (
    select reporting_period.period, episodes.reason, episodes.days_missing_education
    from int_education__missing_education_episodes as episodes
    inner join reporting_period
        on episodes.cme_end_date between reporting_period.period_start_date and reporting_period.period_end_date
),

-- Every period with the episodes it ended, none for a period that ended none: the headline and the
-- median exist in every period.
period_ended as (
    select reporting_period.period, ended.period is not null as is_ended, ended.days_missing_education
    from reporting_period
    left join ended
        on ended.period = reporting_period.period
),

counted as (
    select 'E3' as metric_id, period, 'all' as breakdown, 'all' as breakdown_value,
        count_if(days_missing_education > 28) as numerator, count_if(is_ended) as denominator,
        percent_of(count_if(days_missing_education > 28), count_if(is_ended)) as value,
        'percent' as unit
    from period_ended
    group by period
    union all
    select 'E3' as metric_id, period, 'reason' as breakdown, reason as breakdown_value,
        count_if(days_missing_education > 28) as numerator, count(*) as denominator,
        percent_of(count_if(days_missing_education > 28), count(*)) as value,
        'percent' as unit
    from ended
    group by period, reason
    union all
    select 'E3_median' as metric_id, period, 'all' as breakdown, 'all' as breakdown_value,
        cast(null as bigint) as numerator, count_if(is_ended) as denominator,
        round(median(days_missing_education), 1) as value, 'days' as unit
    from period_ended
    group by period
),

tidy as (
    select
        counted.metric_id,
        counted.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.numerator,
        counted.denominator,
        cast(counted.value as double) as value,
        counted.unit
    from counted
)

select * from tidy
