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

counted as (
    select 'N5' as metric_id, reporting_period.period,
        count_if(array_contains(authorised.factors, '16A')) as numerator, count(authorised.period) as denominator
    from reporting_period
    left join authorised
        on authorised.period = reporting_period.period
    group by reporting_period.period
    union all
    select 'N5_primary_need_n1' as metric_id, reporting_period.period,
        count_if(referred.primary_need_code = 'N1') as numerator, count(referred.period) as denominator
    from reporting_period
    left join referred
        on referred.period = reporting_period.period
    group by reporting_period.period
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
