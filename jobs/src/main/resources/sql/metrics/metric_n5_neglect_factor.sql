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

-- The assessments and referrals as one table of events, so that both metrics are counted by one aggregate
-- and zero-filled by one join.
events as (
    select authorised.period, 'assessment' as event, array_contains(authorised.factors, '16A') as is_counted
    from authorised
    union all
    select referred.period, 'referral', referred.primary_need_code = 'N1'
    from referred
),

event_counts as (
    select
        period,
        count_if(event = 'assessment') as assessments,
        count_if(event = 'assessment' and is_counted) as assessments_with_factor_16a,
        count_if(event = 'referral') as referrals,
        count_if(event = 'referral' and is_counted) as referrals_with_need_n1
    from events
    group by period
),

-- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join.
totals as (
    select /*+ broadcast(event_counts) */
        reporting_period.period,
        coalesce(event_counts.assessments, 0) as assessments,
        coalesce(event_counts.assessments_with_factor_16a, 0) as assessments_with_factor_16a,
        coalesce(event_counts.referrals, 0) as referrals,
        coalesce(event_counts.referrals_with_need_n1, 0) as referrals_with_need_n1
    from reporting_period
    left join event_counts
        on event_counts.period = reporting_period.period
),

-- Both metrics in every period from the one row of totals per period (one select, so the events are
-- counted once).
counted as (
    select totals.period, metric_rows.*
    from totals
    lateral view inline(array(
        named_struct('metric_id', 'N5', 'numerator', assessments_with_factor_16a, 'denominator', assessments),
        named_struct('metric_id', 'N5_primary_need_n1', 'numerator', referrals_with_need_n1,
            'denominator', referrals)
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
