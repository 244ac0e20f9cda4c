-- The earliest date the delivered data covers, for choosing the trend years: the start of the earliest
-- CIN census collection year (a census holds open episodes referred long before, so its referral dates
-- would overstate it), and the earliest event of the partners' dated files.

with starts as (
    select date_add(add_months(reference_date, -12), 1) as covered_from from stg_cin__referrals
    union all select to_date(received_at) from stg_csc__contacts
    union all select to_date(reported_at) from stg_police__missing_episodes
    union all select to_date(created_at) from stg_police__referrals
    union all select to_date(created_at) from stg_health__referrals
    union all select looked_after_start_date from stg_health__initial_health_assessments
    union all select missing_start_date from stg_903__missing
),

earliest as (
    select min(covered_from) as covered_from from starts
)

select * from earliest
