-- CIN child protection plans of each episode's winning file (the later reference_date, see
-- int_cin__referrals), so a plan open across two census years is counted once, with its later state.

with plans as (
    select * from stg_cin__child_protection_plans
),

episodes as (
    select child_id, referral_date, reference_date from int_cin__referrals
),

from_winning_file as (
    select distinct
        plans.child_id,
        plans.referral_date,
        plans.plan_start_date,
        plans.plan_end_date,
        plans.initial_category,
        plans.latest_category,
        plans.previous_plan_count,
        plans.reference_date
    from plans
    inner join episodes
        on plans.child_id = episodes.child_id
        and plans.referral_date = episodes.referral_date
        and plans.reference_date = episodes.reference_date
)

select * from from_winning_file
