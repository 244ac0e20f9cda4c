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

-- The dates on which children's services knew a child: each care status span (open while its end is
-- null), and the 30 days either side of each contact or referral (a report date within 30 days of a
-- front door date is the same as a front door date within 30 days of the report date). One table of
-- windows, so that the episodes are joined once rather than once for each way of being known.
known_windows as (
    select child_id, span_start_date as known_from, span_end_date as known_to
    from int_child_care_status_spans
    union all
    select child_id, date_sub(front_door_date, 30), date_add(front_door_date, 30)
    from int_csc_front_door
),

-- Only the windows of children with an episode can hold one. Those children (a few hundred thousand at England
-- size) are broadcast and the windows kept only where they match, so that the millions of other children's
-- windows are not shuffled for the join.
episode_children as (
    select distinct child_id from episodes
),

episode_windows as (
    select /*+ broadcast(episode_children) */ known_windows.*
    from known_windows
    left semi join episode_children
        on known_windows.child_id = episode_children.child_id
),

-- One row per episode (occurrence_id is the extract's key): unknown when no window holds its report date.
flagged as (
    select
        episodes.period,
        episodes.child_id,
        episodes.risk_grade,
        count(episode_windows.child_id) = 0 as is_unknown
    from episodes
    left join episode_windows
        on episode_windows.child_id = episodes.child_id
        and episodes.reported_date >= episode_windows.known_from
        and (episode_windows.known_to is null or episodes.reported_date <= episode_windows.known_to)
    group by episodes.period, episodes.occurrence_id, episodes.child_id, episodes.risk_grade
),

-- Each child once under the headline and once under each risk grade of their episodes, unknown when any
-- of those episodes is (child_id is required in the extract, so a row here is a distinct child). Grouping
-- by child first keeps the episodes where the join left them (by child), where Spark's count(distinct)
-- would shuffle them again.
child_grades as (
    select
        flagged.period,
        grades.breakdown,
        grades.breakdown_value,
        flagged.child_id,
        bool_or(flagged.is_unknown) as is_unknown
    from flagged
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all'),
        named_struct('breakdown', 'risk_grade', 'breakdown_value', flagged.risk_grade)
    )) grades
    group by flagged.period, grades.breakdown, grades.breakdown_value, flagged.child_id
),

-- The headline and each risk grade in one aggregate, counted before the join with period.
grade_counts as (
    select
        period,
        breakdown,
        breakdown_value,
        count_if(is_unknown) as numerator,
        count(*) as denominator
    from child_grades
    group by period, breakdown, breakdown_value
),

-- A period with episodes has its headline and grades in grade_counts; one without gets a headline of
-- zeros (and no grade rows: a breakdown row exists only for a value present).
-- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join.
counted as (
    select /*+ broadcast(grade_counts) */
        reporting_period.period,
        coalesce(grade_counts.breakdown, 'all') as breakdown,
        case when grade_counts.period is null then 'all' else grade_counts.breakdown_value end
            as breakdown_value,
        coalesce(grade_counts.numerator, 0) as numerator,
        coalesce(grade_counts.denominator, 0) as denominator
    from reporting_period
    left join grade_counts
        on grade_counts.period = reporting_period.period
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
