-- Police and health safeguarding referrals to the front door, one row each, with whether the referral
-- "landed": the child has a children's services contact (received_at) or CIN referral (referral_date) on a
-- date from the referral's creation date to that date plus the landing window (settings, 7 calendar days
-- by default) — metrics.md T7. Read by T6, T7 and N7.

with settings as (
    select * from settings
),

police_referrals as (
    select * from stg_police__referrals
),

health_referrals as (
    select * from stg_health__referrals
),

partner_referrals as (
    select 'police' as partner, referral_id, child_id, created_at, to_date(created_at) as created_date,
        shared_at, concern, birth_month
    from police_referrals
    union all
    select 'health', referral_id, child_id, created_at, to_date(created_at), shared_at, concern, birth_month
    from health_referrals
),

front_door as (
    select child_id, front_door_date from int_csc_front_door
),

-- One row per referral and front-door date in its window (a referral without one keeps its row), then
-- one row per referral again: both steps keep the rows grouped by child_id, so Spark shuffles the referrals
-- once (a join with the distinct landed referrals shuffled them again, by referral_id).
front_door_in_window as (
    select
        partner_referrals.*,
        front_door.child_id is not null as is_front_door_in_window
    from partner_referrals
    cross join settings
    left join front_door
        on partner_referrals.child_id = front_door.child_id
        and front_door.front_door_date
            between partner_referrals.created_date
            and date_add(partner_referrals.created_date, settings.landing_window_days)
),

flagged as (
    select
        partner,
        referral_id,
        child_id,
        created_at,
        created_date,
        shared_at,
        concern,
        birth_month,
        max(is_front_door_in_window) as is_landed
    from front_door_in_window
    group by partner, referral_id, child_id, created_at, created_date, shared_at, concern, birth_month
)

select * from flagged
