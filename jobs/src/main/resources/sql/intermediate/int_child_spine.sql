-- Every child_id seen in any delivered file, which partners know the child, and what is known of the
-- child: birth month (children's services' birth dates first, else a partner's birth_month), sex and
-- ethnicity (CIN census, latest file first, else SSDA903).

with cin_children as (
    select * from stg_cin__children
),

header_903 as (
    select * from stg_903__header
),

sightings as (
    select child_id, 'csc' as partner from stg_cin__children
    union all select child_id, 'csc' from stg_cin__referrals
    union all select child_id, 'csc' from stg_csc__contacts
    union all select child_id, 'csc' from stg_csc__return_interviews
    union all select child_id, 'csc' from stg_903__header
    union all select child_id, 'csc' from stg_903__episodes
    union all select child_id, 'csc' from stg_903__missing
    union all select child_id, 'police' from stg_police__missing_episodes
    union all select child_id, 'police' from stg_police__referrals
    union all select child_id, 'health' from stg_health__referrals
    union all select child_id, 'health' from stg_health__initial_health_assessments
    union all select child_id, 'education' from stg_education__children_missing_education
    union all select child_id, 'housing' from stg_housing__temporary_accommodation
),

partners as (
    select
        child_id,
        max(partner = 'csc') as is_known_to_csc,
        max(partner = 'police') as is_in_police,
        max(partner = 'health') as is_in_health
    from sightings
    where child_id is not null
    group by child_id
),

cin_latest as (
    select
        child_id,
        max_by(trunc(birth_date, 'month'), reference_date) as birth_month,
        max_by(sex, reference_date) as sex,
        max_by(ethnicity, reference_date) as ethnicity
    from cin_children
    group by child_id
),

from_903 as (
    select
        child_id,
        max(trunc(birth_date, 'month')) as birth_month,
        max(sex) as sex,
        max(ethnicity) as ethnicity
    from header_903
    group by child_id
),

partner_birth_months as (
    select child_id, birth_month from stg_police__missing_episodes
    union all select child_id, birth_month from stg_police__referrals
    union all select child_id, birth_month from stg_health__referrals
    union all select child_id, birth_month from stg_education__children_missing_education
    union all select child_id, birth_month from stg_housing__temporary_accommodation
),

partner_birth_month as (
    select child_id, max(birth_month) as birth_month
    from partner_birth_months
    where birth_month is not null
    group by child_id
),

spine as (
    select
        partners.child_id,
        partners.is_known_to_csc,
        partners.is_in_police,
        partners.is_in_health,
        coalesce(cin_latest.birth_month, from_903.birth_month, partner_birth_month.birth_month) as birth_month,
        coalesce(cin_latest.sex, from_903.sex) as sex,
        coalesce(cin_latest.ethnicity, from_903.ethnicity) as ethnicity
    from partners
    left join cin_latest
        on partners.child_id = cin_latest.child_id
    left join from_903
        on partners.child_id = from_903.child_id
    left join partner_birth_month
        on partners.child_id = partner_birth_month.child_id
)

select * from spine
