-- Police missing episodes with the dates the metrics count them by, their length in hours and the
-- child's age band at the report. Length runs from last seen, or from the report where last seen is
-- blank, to the return (metrics.md M5); it is null while the child is still missing.
-- The age comes from the police row's birth month, else from the child spine; otherwise 'unknown'.
with episodes as (
    select * from stg_police__missing_episodes
),

children as (
    select child_id, birth_month from int_child_spine
),

age_bands as (
    select * from int_age_bands
),

dated as (
    select
        episodes.occurrence_id,
        episodes.child_id,
        episodes.reported_at,
        episodes.last_seen_at,
        episodes.returned_at,
        coalesce(episodes.risk_grade, 'unknown') as risk_grade,
        episodes.is_from_care,
        to_date(episodes.reported_at) as reported_date,
        to_date(episodes.returned_at) as returned_date,
        cast(
            (unix_timestamp(episodes.returned_at)
                - unix_timestamp(coalesce(episodes.last_seen_at, episodes.reported_at))) / 3600.0
            as double) as duration_hours,
        floor(months_between(
            to_date(episodes.reported_at),
            coalesce(episodes.birth_month, children.birth_month)) / 12) as age_years
    from episodes
    left join children
        on children.child_id = episodes.child_id
),

banded as (
    select
        dated.occurrence_id,
        dated.child_id,
        dated.reported_at,
        dated.last_seen_at,
        dated.returned_at,
        dated.risk_grade,
        dated.is_from_care,
        dated.reported_date,
        dated.returned_date,
        dated.duration_hours,
        coalesce(age_bands.age_band, 'unknown') as age_band
    from dated
    left join age_bands
        on dated.age_years between age_bands.from_age and age_bands.to_age
)

select * from banded
