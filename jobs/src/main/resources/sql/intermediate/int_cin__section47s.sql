-- CIN section 47 enquiries of each episode's winning file (the later reference_date, see
-- int_cin__referrals), so an enquiry repeated in two years' files is counted once.

with section47s as (
    select * from stg_cin__section47s
),

episodes as (
    select child_id, referral_date, reference_date from int_cin__referrals
),

from_winning_file as (
    select distinct
        section47s.child_id,
        section47s.referral_date,
        section47s.s47_start_date,
        section47s.icpc_target_date,
        section47s.icpc_date,
        section47s.is_icpc_not_required,
        section47s.reference_date
    from section47s
    inner join episodes
        on section47s.child_id = episodes.child_id
        and section47s.referral_date = episodes.referral_date
        and section47s.reference_date = episodes.reference_date
)

select * from from_winning_file
