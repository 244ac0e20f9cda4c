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

-- Every period, with its due episodes (none: one row of nulls, so that its headlines are 0 / 0).
due_in_each_period as (
    select reporting_period.period, due.period as due_period, due.seconds_to_completion, due.offered_at,
        due.is_accepted
    from reporting_period
    left join due
        on due.period = reporting_period.period
),

counted as (
    select 'M4' as metric_id, period, count_if(seconds_to_completion between 0 and 72 * 3600) as numerator,
        count(due_period) as denominator
    from due_in_each_period
    group by period
    union all
    select 'M4_offered' as metric_id, period, count_if(offered_at is not null) as numerator,
        count(due_period) as denominator
    from due_in_each_period
    group by period
    union all
    select 'M4_accepted' as metric_id, period, count_if(is_accepted) as numerator, count(due_period) as denominator
    from due_in_each_period
    group by period
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
