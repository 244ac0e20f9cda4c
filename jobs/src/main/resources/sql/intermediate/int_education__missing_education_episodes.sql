-- Children-missing-education episodes with their length in days (start to end, null while open) and
-- the child's age band at the start. The age comes from the education row's birth month, else from the
-- child spine; otherwise 'unknown'.
with episodes as (
    select * from stg_education__children_missing_education
),

children as (
    select child_id, birth_month from int_child_spine
),

age_bands as (
    select * from int_age_bands
),

dated as (
    select
        episodes.child_id,
        episodes.cme_start_date,
        episodes.cme_end_date,
        coalesce(episodes.reason, 'unknown') as reason,
        datediff(episodes.cme_end_date, episodes.cme_start_date) as days_missing_education,
        floor(months_between(
            episodes.cme_start_date,
            coalesce(episodes.birth_month, children.birth_month)) / 12) as age_years
    from episodes
    left join children
        on children.child_id = episodes.child_id
),

banded as (
    select
        dated.child_id,
        dated.cme_start_date,
        dated.cme_end_date,
        dated.reason,
        dated.days_missing_education,
        coalesce(age_bands.age_band, 'unknown') as age_band
    from dated
    left join age_bands
        on dated.age_years between age_bands.from_age and age_bands.to_age
)

select * from banded
