-- The spans of time in which a child was known to children's services in one of three ways: an open
-- CIN episode (referral to closure), a child protection plan (start to end) or looked after (each
-- SSDA903 episode, DECOM to DEC). Both ends are inclusive days; the end is null while still open.
-- A child known "at the time" of an event on day d has a span with start <= d <= end.
with cin_episodes as (
    select child_id, 'cin_episode' as care_status, referral_date as span_start_date, closure_date as span_end_date
    from int_cin__referrals
),

child_protection_plans as (
    select child_id, 'child_protection_plan' as care_status, plan_start_date as span_start_date,
        plan_end_date as span_end_date
    from int_cin__child_protection_plans
),

looked_after as (
    select child_id, 'looked_after' as care_status, episode_start_date as span_start_date,
        episode_end_date as span_end_date
    from stg_903__episodes
),

spans as (
    select * from cin_episodes
    union all
    select * from child_protection_plans
    union all
    select * from looked_after
)

select * from spans
