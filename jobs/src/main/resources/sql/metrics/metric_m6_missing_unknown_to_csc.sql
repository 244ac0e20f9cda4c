-- M6 Children missing and unknown to children's services (metrics.md): children with a police missing
-- episode reported in the period who, at the time of an episode (its report date), had no open CIN
-- episode, no child protection plan, were not looked after (int_child_care_status_spans), and had no
-- children's services contact or referral in the 30 days before or after it. Headline: those children
-- over children with a police missing episode; by risk_grade the same for episodes of each grade
-- (the high row is the high-risk subset).
with reporting_period as (
    select * from period
),

episodes as (
    select reporting_period.period, episodes.occurrence_id, episodes.child_id, episodes.reported_date,
        episodes.risk_grade
    from int_police__missing_episodes as episodes
    inner join reporting_period
        on episodes.reported_date between reporting_period.period_start_date and reporting_period.period_end_date
),

known_by_care_status as (
    select distinct episodes.occurrence_id, episodes.child_id
    from episodes
    inner join int_child_care_status_spans as spans
        on spans.child_id = episodes.child_id
        and episodes.reported_date >= spans.span_start_date
        and (spans.span_end_date is null or episodes.reported_date <= spans.span_end_date)
),

known_at_front_door as (
    select distinct episodes.occurrence_id, episodes.child_id
    from episodes
    inner join int_csc_front_door as front_door
        on front_door.child_id = episodes.child_id
        and front_door.front_door_date
            between date_sub(episodes.reported_date, 30) and date_add(episodes.reported_date, 30)
),

flagged as (
    select
        episodes.period,
        episodes.child_id,
        episodes.risk_grade,
        known_by_care_status.occurrence_id is null and known_at_front_door.occurrence_id is null as is_unknown
    from episodes
    left join known_by_care_status
        on known_by_care_status.occurrence_id = episodes.occurrence_id
        and known_by_care_status.child_id = episodes.child_id
    left join known_at_front_door
        on known_at_front_door.occurrence_id = episodes.occurrence_id
        and known_at_front_door.child_id = episodes.child_id
),

headline as (
    select reporting_period.period, 'all' as breakdown, 'all' as breakdown_value,
        count(distinct case when flagged.is_unknown then flagged.child_id end) as numerator,
        count(distinct flagged.child_id) as denominator
    from reporting_period
    left join flagged
        on flagged.period = reporting_period.period
    group by reporting_period.period
),

by_risk_grade as (
    select period, 'risk_grade' as breakdown, risk_grade as breakdown_value,
        count(distinct case when is_unknown then child_id end) as numerator,
        count(distinct child_id) as denominator
    from flagged
    group by period, risk_grade
),

counted as (
    select * from headline
    union all
    select * from by_risk_grade
),

tidy as (
    select
        'M6' as metric_id,
        counted.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.numerator,
        counted.denominator,
        percent_of(counted.numerator, counted.denominator) as value,
        'percent' as unit
    from counted
)

select * from tidy
