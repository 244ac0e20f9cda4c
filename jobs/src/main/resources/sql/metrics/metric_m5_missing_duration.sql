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

-- Every count and the median the three metrics need, in one pass over the ended episodes, counted before
-- the join that gives a period without them its 0 / 0 headlines and a null median.
ended_counts as (
    select
        period,
        count(*) as ended,
        count_if(duration_hours > 24) as over_24_hours,
        count_if(duration_hours > 72) as over_72_hours,
        round(median(duration_hours), 1) as median_hours
    from ended
    group by period
),

-- percent_of cannot be called inside inline(), so the percentages are columns here.
-- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join.
totals as (
    select /*+ broadcast(ended_counts) */
        reporting_period.period,
        coalesce(ended_counts.ended, 0) as ended,
        coalesce(ended_counts.over_24_hours, 0) as over_24_hours,
        coalesce(ended_counts.over_72_hours, 0) as over_72_hours,
        percent_of(coalesce(ended_counts.over_24_hours, 0), coalesce(ended_counts.ended, 0))
            as over_24_hours_percent,
        percent_of(coalesce(ended_counts.over_72_hours, 0), coalesce(ended_counts.ended, 0))
            as over_72_hours_percent,
        ended_counts.median_hours
    from reporting_period
    left join ended_counts
        on ended_counts.period = reporting_period.period
),

-- The three metrics from the one row of totals per period (one select, so the episodes are counted once).
counted as (
    select totals.period, metric_rows.*
    from totals
    lateral view inline(array(
        named_struct('metric_id', 'M5', 'numerator', over_24_hours, 'denominator', ended,
            'value', over_24_hours_percent, 'unit', 'percent'),
        named_struct('metric_id', 'M5_over_72h', 'numerator', over_72_hours, 'denominator', ended,
            'value', over_72_hours_percent, 'unit', 'percent'),
        named_struct('metric_id', 'M5_median', 'numerator', cast(null as bigint), 'denominator', ended,
            'value', median_hours, 'unit', 'hours')
    )) metric_rows
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
