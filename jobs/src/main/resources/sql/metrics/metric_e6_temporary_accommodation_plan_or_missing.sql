-- E6 Children in temporary accommodation at any time in the period who were on a child protection plan
-- (a plan open on some day of the period) or had a police missing episode reported in the period
-- (metrics.md). Headline: those children over children in temporary accommodation at any time in the
-- period; one row per partner record (partner_record) gives each on its own.
with reporting_period as (
    select * from period
),

accommodated_children as (
    select distinct placements.child_id
    from stg_housing__temporary_accommodation as placements
    cross join reporting_period
    where placements.placed_date <= reporting_period.period_end_date
        and (placements.left_date is null or placements.left_date >= reporting_period.period_start_date)
),

plan_children as (
    select distinct spans.child_id
    from int_child_care_status_spans as spans
    cross join reporting_period
    where spans.care_status = 'child_protection_plan'
        and spans.span_start_date <= reporting_period.period_end_date
        and (spans.span_end_date is null or spans.span_end_date >= reporting_period.period_start_date)
),

missing_children as (
    select distinct episodes.child_id
    from int_police__missing_episodes as episodes
    cross join reporting_period
    where episodes.reported_date between reporting_period.period_start_date and reporting_period.period_end_date
),

flagged as (
    select
        accommodated_children.child_id,
        plan_children.child_id is not null as has_child_protection_plan,
        missing_children.child_id is not null as has_police_missing_episode
    from accommodated_children
    left join plan_children
        on plan_children.child_id = accommodated_children.child_id
    left join missing_children
        on missing_children.child_id = accommodated_children.child_id
),

counted as (
    select 'all' as breakdown, 'all' as breakdown_value,
        count_if(has_child_protection_plan or has_police_missing_episode) as numerator, count(*) as denominator
    from flagged
    union all
    select 'partner_record', 'child_protection_plan', count_if(has_child_protection_plan), count(*)
    from flagged
    union all
    select 'partner_record', 'police_missing_episode', count_if(has_police_missing_episode), count(*)
    from flagged
),

tidy as (
    select
        'E6' as metric_id,
        reporting_period.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.numerator,
        counted.denominator,
        percent_of(counted.numerator, counted.denominator) as value,
        'percent' as unit
    from counted
    cross join reporting_period
)

select * from tidy
