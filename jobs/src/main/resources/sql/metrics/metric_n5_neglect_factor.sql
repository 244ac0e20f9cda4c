-- N5 Assessments authorised in the period with factor 16A, neglect (metrics.md; statutory-facts.md §1):
-- count and % of assessments authorised. Also N5_primary_need_n1: referrals in the period with primary
-- need N1 (abuse or neglect), count and % of referrals in the period.
with reporting_period as (
    select * from period
),

authorised as (
    select assessments.*
    from int_cin__assessments as assessments
    cross join reporting_period
    where assessments.assessment_authorised_date
        between reporting_period.period_start_date and reporting_period.period_end_date
),

referred as (
    select referrals.*
    from int_cin__referrals as referrals
    cross join reporting_period
    where referrals.referral_date between reporting_period.period_start_date and reporting_period.period_end_date
),

counted as (
    select 'N5' as metric_id, count_if(array_contains(factors, '16A')) as numerator, count(*) as denominator
    from authorised
    union all
    select 'N5_primary_need_n1' as metric_id, count_if(primary_need_code = 'N1') as numerator,
        count(*) as denominator
    from referred
),

tidy as (
    select
        counted.metric_id,
        reporting_period.period,
        'all' as breakdown,
        'all' as breakdown_value,
        counted.numerator,
        counted.denominator,
        percent_of(counted.numerator, counted.denominator) as value,
        'percent' as unit
    from counted
    cross join reporting_period
)

select * from tidy
