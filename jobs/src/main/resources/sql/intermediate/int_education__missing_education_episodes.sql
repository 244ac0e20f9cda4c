-- Children-missing-education episodes with their length in days (start to end, null while open) and
-- the child's age band at the start (birth month from the child spine).
with episodes as (
    select * from stg_education__children_missing_education
),

children as (
    select child_id, birth_month from int_child_spine
),

dated as (
    select
        episodes.child_id,
        episodes.cme_start_date,
        episodes.cme_end_date,
        coalesce(episodes.reason, 'unknown') as reason,
        datediff(episodes.cme_end_date, episodes.cme_start_date) as days_missing_education,
        age_band(children.birth_month, episodes.cme_start_date) as age_band
    from episodes
    left join children
        on children.child_id = episodes.child_id
)

select * from dated
