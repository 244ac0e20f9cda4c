-- Police missing episodes with the dates the metrics count them by, their length in hours and the
-- child's age band at the report (birth month from the child spine). Length runs from last seen, or
-- from the report where last seen is blank, to the return (metrics.md M5); null while still missing.
with episodes as (
    select * from stg_police__missing_episodes
),

children as (
    select child_id, birth_month from int_child_spine
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
        age_band(children.birth_month, to_date(episodes.reported_at)) as age_band
    from episodes
    left join children
        on children.child_id = episodes.child_id
)

select * from dated
