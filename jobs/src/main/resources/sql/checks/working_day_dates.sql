-- The earliest and latest date each working-day metric will look up in int_calendar for the periods, so
-- the runner can fail naming a date the calendar does not hold instead of counting it wrongly.
-- One branch per metric that counts working days; the dates are those its model passes to wd().

with period as (
    select * from period
),

-- The timestamps' dates worked out once a row, not once for each period the row is tested against.
contact_dates as (
    select to_date(received_at) as received_date, to_date(decision_at) as decision_date
    from stg_csc__contacts
),

partner_referral_dates as (
    select to_date(created_at) as created_date, to_date(shared_at) as shared_date
    from stg_police__referrals
    union all
    select to_date(created_at), to_date(shared_at)
    from stg_health__referrals
),

contacts as (
    select 'T1' as metric_id, received_date as first_date, decision_date as second_date,
        cast(null as date) as third_date
    from contact_dates
    cross join period
    where received_date between period.period_start_date and period.period_end_date
),

assessments as (
    select 'T4', assessment_start_date, assessment_authorised_date, referral_date
    from int_cin__assessments
    cross join period
    where assessment_authorised_date between period.period_start_date and period.period_end_date
),

section47s as (
    select 'T5', s47_start_date, icpc_date, cast(null as date)
    from int_cin__section47s
    cross join period
    where icpc_date between period.period_start_date and period.period_end_date
),

partner_referrals as (
    select 'T6', created_date, shared_date, cast(null as date)
    from partner_referral_dates
    cross join period
    where created_date between period.period_start_date and period.period_end_date
),

health_assessments as (
    select 'H1', looked_after_start_date, completed_date, cast(null as date)
    from stg_health__initial_health_assessments
    cross join period
    where looked_after_start_date between period.period_start_date and period.period_end_date
),

all_dates as (
    select * from contacts
    union all select * from assessments
    union all select * from section47s
    union all select * from partner_referrals
    union all select * from health_assessments
),

ranges as (
    select
        metric_id,
        min(least(first_date, second_date, third_date)) as min_date,
        max(greatest(first_date, second_date, third_date)) as max_date
    from all_dates
    group by metric_id
)

select * from ranges
