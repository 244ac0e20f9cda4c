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

-- Every count and the median in one aggregate over the ended episodes, before the join with period: an
-- episode counts under all and under its reason; the median is the headline's alone.
ended_counts as (
    select
        ended.period,
        counted_in.breakdown,
        counted_in.breakdown_value,
        count_if(ended.days_missing_education > 28) as over_28_days,
        count(*) as episodes,
        median(ended.days_missing_education) filter (where counted_in.breakdown = 'all') as median_days
    from ended
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all'),
        named_struct('breakdown', 'reason', 'breakdown_value', ended.reason)
    )) counted_in
    group by ended.period, counted_in.breakdown, counted_in.breakdown_value
),

-- One join with period, so the episodes are counted once (Spark would count them again for each select
-- that read ended_counts): a period that ended none gets its headline and median all the same.
counted_in_period as (
    -- broadcast: a few count rows per period; without the hint Spark shuffles period for a sort-merge join.
    select /*+ broadcast(ended_counts) */
        reporting_period.period,
        coalesce(ended_counts.breakdown, 'all') as breakdown,
        coalesce(ended_counts.breakdown_value, 'all') as breakdown_value,
        coalesce(ended_counts.over_28_days, 0) as over_28_days,
        coalesce(ended_counts.episodes, 0) as episodes,
        percent_of(coalesce(ended_counts.over_28_days, 0), coalesce(ended_counts.episodes, 0))
            as over_28_days_percent,
        round(ended_counts.median_days, 1) as median_days
    from reporting_period
    left join ended_counts
        on ended_counts.period = reporting_period.period
),

-- E3's rows, and beside the headline E3_median's one row.
counted as (
    select
        metrics.metric_id,
        counts.period,
        counts.breakdown,
        counts.breakdown_value,
        if(metrics.metric_id = 'E3', counts.over_28_days, cast(null as bigint)) as numerator,
        counts.episodes as denominator,
        if(metrics.metric_id = 'E3', counts.over_28_days_percent, counts.median_days) as value,
        if(metrics.metric_id = 'E3', 'percent', 'days') as unit
    from counted_in_period as counts
    lateral view explode(if(counts.breakdown = 'all', array('E3', 'E3_median'), array('E3'))) metrics
        as metric_id
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
