-- Every date a child came to children's services' front door: a contact received (csc/contacts.csv)
-- or a CIN referral. T7 and N7 look for one after a partner referral, M6 for one around a missing episode.
with contacts as (
    select child_id, 'contact' as front_door_kind, to_date(received_at) as front_door_date
    from stg_csc__contacts
),

referrals as (
    select child_id, 'referral' as front_door_kind, referral_date as front_door_date
    from int_cin__referrals
),

front_door as (
    select * from contacts
    union all
    select * from referrals
)

select * from front_door
