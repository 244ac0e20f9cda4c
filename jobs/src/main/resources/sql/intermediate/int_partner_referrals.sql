-- Police and health safeguarding referrals in one shape, with whether each landed (metrics.md T7):
-- the child has a children's services contact, or a CIN referral, dated from the referral's creation
-- date to landing_window_days calendar days after it (the settings view; 7 by default).
with police_referrals as (
    select 'police' as partner, referral_id, child_id, created_at, shared_at, concern
    from stg_police__referrals
),

health_referrals as (
    select 'health' as partner, referral_id, child_id, created_at, shared_at, concern
    from stg_health__referrals
),

partner_referrals as (
    select partner, referral_id, child_id, created_at, to_date(created_at) as created_date, shared_at, concern
    from police_referrals
    union all
    select partner, referral_id, child_id, created_at, to_date(created_at) as created_date, shared_at, concern
    from health_referrals
),

landing_window as (
    select landing_window_days from settings
),

front_door as (
    select child_id, front_door_date from int_csc_front_door
),

landed as (
    select distinct partner_referrals.partner, partner_referrals.referral_id
    from partner_referrals
    cross join landing_window
    inner join front_door
        on front_door.child_id = partner_referrals.child_id
        and front_door.front_door_date between partner_referrals.created_date
            and date_add(partner_referrals.created_date, landing_window.landing_window_days)
),

flagged as (
    select
        partner_referrals.*,
        landed.referral_id is not null as has_landed
    from partner_referrals
    left join landed
        on landed.partner = partner_referrals.partner
        and landed.referral_id = partner_referrals.referral_id
)

select * from flagged
