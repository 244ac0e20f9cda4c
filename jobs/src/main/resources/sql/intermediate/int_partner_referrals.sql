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

-- Distributed by child: the front-door join below is by child, and so is the bucketed write. Without it Spark 4.1's
-- optimiser fails on the exists below over this union ("key not found: child_id#...").
partner_referrals as (
    select 'police' as partner, referral_id, child_id, created_at, to_date(created_at) as created_date,
        shared_at, concern, birth_month
    from police_referrals
    union all
    select 'health', referral_id, child_id, created_at, to_date(created_at), shared_at, concern, birth_month
    from health_referrals
    distribute by child_id
),

landing_windows as (
    select
        partner_referrals.*,
        date_add(partner_referrals.created_date, settings.landing_window_days) as landing_window_end_date
    from partner_referrals
    cross join settings
),

front_door as (
    select child_id, front_door_date from int_csc_front_door
),

-- A referral landed if a front-door date of its child falls in its window: an existence join, one row per
-- referral as it goes (a left join grouped back by the referral's columns cost a sixth more at England).
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
        exists (
            select 1
            from front_door
            where front_door.child_id = landing_windows.child_id
                and front_door.front_door_date
                    between landing_windows.created_date and landing_windows.landing_window_end_date
        ) as is_landed
    from landing_windows
)

select * from flagged
