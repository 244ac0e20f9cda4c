-- CIN assessments of each episode's winning file (the later reference_date, see int_cin__referrals),
-- so an assessment repeated in two years' files is counted once.

with assessments as (
    select * from stg_cin__assessments
),

episodes as (
    select child_id, referral_date, reference_date from int_cin__referrals
),

from_winning_file as (
    select distinct
        assessments.child_id,
        assessments.referral_date,
        assessments.assessment_start_date,
        assessments.assessment_authorised_date,
        assessments.factors,
        assessments.reference_date
    from assessments
    inner join episodes
        on assessments.child_id = episodes.child_id
        and assessments.referral_date = episodes.referral_date
        and assessments.reference_date = episodes.reference_date
)

select * from from_winning_file
