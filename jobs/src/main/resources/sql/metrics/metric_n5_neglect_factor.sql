-- N5 Assessments authorised in the period with factor 16A, neglect (metrics.md; statutory-facts.md §1):
-- count and % of assessments authorised. Also N5_primary_need_n1: referrals in the period with primary
-- need N1 (abuse or neglect), count and % of referrals in the period.
with reporting_period as (
    select * from period
),

authorised as (
    select reporting_period.period, assessments.*
    from int_cin__assessments as assessments
    inner join reporting_period
        on assessments.assessment_authorised_date
            between reporting_period.period_start_date and reporting_period.period_end_date
),

referred as (
    select reporting_period.period, referrals.*
    from int_cin__referrals as referrals
    inner join reporting_period
        on referrals.referral_date between reporting_period.period_start_date and reporting_period.period_end_date
),

-- The assessments and referrals as one table of events, each under the metric it counts towards, so
-- that both metrics are counted by one aggregate and zero-filled by one join.
events as (
    select 'N5' as metric_id, authorised.period, array_contains(authorised.factors, '16A') as is_counted
    from authorised
    union all
    select 'N5_primary_need_n1', referred.period, referred.primary_need_code = 'N1'
    from referred
),

event_counts as (
    select metric_id, period, count_if(is_counted) as numerator, count(*) as denominator
    from events
    group by metric_id, period
),

metric_ids as (
    select * from values ('N5'), ('N5_primary_need_n1') as metric_ids (metric_id)
),

-- Every metric in every period: one without events gets 0 / 0.
counted as (
    select
        metric_ids.metric_id,
        reporting_period.period,
        coalesce(event_counts.numerator, 0) as numerator,
        coalesce(event_counts.denominator, 0) as denominator
    from metric_ids
    cross join reporting_period
    left join event_counts
        on event_counts.metric_id = metric_ids.metric_id
        and event_counts.period = reporting_period.period
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
