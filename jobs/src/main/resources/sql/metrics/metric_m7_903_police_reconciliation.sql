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

-- Each M period with whether a police report matches it: one join of the periods with the reports,
-- rather than a table of matched periods joined back to the periods (which would read them twice).
flagged as (
    select
        missing_periods.period,
        count(episodes.child_id) > 0 as is_matched
    from missing_periods
    left join int_police__missing_episodes as episodes
        on episodes.child_id = missing_periods.child_id
        and abs(datediff(episodes.reported_date, missing_periods.missing_start_date)) <= 1
    group by missing_periods.period, missing_periods.child_id, missing_periods.missing_start_date
),

-- Counted before the join that gives a period without M periods its row of zeros.
period_counts as (
    select period, count_if(not is_matched) as numerator, count(*) as denominator
    from flagged
    group by period
),

-- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join.
counted as (
    select /*+ broadcast(period_counts) */
        reporting_period.period,
        coalesce(period_counts.numerator, 0) as numerator,
        coalesce(period_counts.denominator, 0) as denominator
    from reporting_period
    left join period_counts
        on period_counts.period = reporting_period.period
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
