-- M2 Children with 3 or more police missing episodes reported in the period (metrics.md): count and %
-- of children who went missing (had a police missing episode reported in the period).
with reporting_period as (
    select * from period
),

episodes_per_child as (
    select reporting_period.period, episodes.child_id, count(*) as episodes
    from int_police__missing_episodes as episodes
    inner join reporting_period
        on episodes.reported_date between reporting_period.period_start_date and reporting_period.period_end_date
    group by reporting_period.period, episodes.child_id
),

-- Counted before the join that gives a period without episodes its row of zeros.
child_counts as (
    select period, count_if(episodes >= 3) as numerator, count(*) as denominator
    from episodes_per_child
    group by period
),

-- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join.
counted as (
    select /*+ broadcast(child_counts) */
        reporting_period.period,
        coalesce(child_counts.numerator, 0) as numerator,
        coalesce(child_counts.denominator, 0) as denominator
    from reporting_period
    left join child_counts
        on child_counts.period = reporting_period.period
),

tidy as (
    select
        'M2' as metric_id,
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
