-- M4 Return home interviews (metrics.md; statutory-facts.md §3): the episodes that were due one, the
-- rows of csc/return_interviews.csv, whose returned_at is in the period. Headline: completed within 72
-- hours of the return (completed_at - returned_at <= 72 hours; exactly 72 hours is within; an
-- interview recorded before the return is not) over episodes due. M4_offered and M4_accepted: % of
-- the same episodes offered an interview and accepting one.
with reporting_period as (
    select * from period
),

due as (
    select
        reporting_period.period,
        interviews.*,
        unix_timestamp(interviews.completed_at) - unix_timestamp(interviews.returned_at) as seconds_to_completion
    from stg_csc__return_interviews as interviews
    inner join reporting_period
        on to_date(interviews.returned_at)
            between reporting_period.period_start_date and reporting_period.period_end_date
),

-- Every count the three metrics need, in one pass over the due episodes, counted before the join that
-- gives a period without them its 0 / 0 headlines.
due_counts as (
    select
        period,
        count(*) as due,
        count_if(seconds_to_completion between 0 and 72 * 3600) as completed_within_72_hours,
        count_if(offered_at is not null) as offered,
        count_if(is_accepted) as accepted
    from due
    group by period
),

-- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join.
totals as (
    select /*+ broadcast(due_counts) */
        reporting_period.period,
        coalesce(due_counts.due, 0) as due,
        coalesce(due_counts.completed_within_72_hours, 0) as completed_within_72_hours,
        coalesce(due_counts.offered, 0) as offered,
        coalesce(due_counts.accepted, 0) as accepted
    from reporting_period
    left join due_counts
        on due_counts.period = reporting_period.period
),

-- The three metrics from the one row of totals per period (one select, so the episodes are counted once).
counted as (
    select totals.period, metric_rows.*
    from totals
    lateral view inline(array(
        named_struct('metric_id', 'M4', 'numerator', completed_within_72_hours, 'denominator', due),
        named_struct('metric_id', 'M4_offered', 'numerator', offered, 'denominator', due),
        named_struct('metric_id', 'M4_accepted', 'numerator', accepted, 'denominator', due)
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
        percent_of(counted.numerator, counted.denominator) as value,
        'percent' as unit
    from counted
)

select * from tidy
