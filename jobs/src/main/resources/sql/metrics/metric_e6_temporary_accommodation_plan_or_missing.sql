-- E6 Children in temporary accommodation at any time in the period who were on a child protection plan
-- (a plan open on some day of the period) or had a police missing episode reported in the period
-- (metrics.md). Headline: those children over children in temporary accommodation at any time in the
-- period; one row per partner record (partner_record) gives each on its own.
with reporting_period as (
    select * from period
),

-- Each period's children with the records that count, one row a record: in temporary accommodation at
-- any time, on a child protection plan open on some day, with a police missing episode reported.
child_records as (
    select reporting_period.period, placements.child_id, 'temporary_accommodation' as record
    from stg_housing__temporary_accommodation as placements
    inner join reporting_period
        on placements.placed_date <= reporting_period.period_end_date
        and (placements.left_date is null or placements.left_date >= reporting_period.period_start_date)
    union all
    select reporting_period.period, spans.child_id, 'child_protection_plan'
    from int_child_care_status_spans as spans
    inner join reporting_period
        on spans.span_start_date <= reporting_period.period_end_date
        and (spans.span_end_date is null or spans.span_end_date >= reporting_period.period_start_date)
    where spans.care_status = 'child_protection_plan'
    union all
    select reporting_period.period, episodes.child_id, 'police_missing_episode'
    from int_police__missing_episodes as episodes
    inner join reporting_period
        on episodes.reported_date between reporting_period.period_start_date and reporting_period.period_end_date
),

-- Each period's children in temporary accommodation once, with their partner records: one aggregate over
-- the three, where joining them would shuffle each of them.
flagged as (
    select
        child_records.period,
        child_records.child_id,
        count_if(child_records.record = 'child_protection_plan') > 0 as has_child_protection_plan,
        count_if(child_records.record = 'police_missing_episode') > 0 as has_police_missing_episode
    from child_records
    group by child_records.period, child_records.child_id
    having count_if(child_records.record = 'temporary_accommodation') > 0
),

-- Every count in one aggregate over the accommodated children, before the join with period (Spark then
-- counts each period's children in one pass, not after moving every child to the period's side of a join).
child_counts as (
    select
        flagged.period,
        count_if(flagged.has_child_protection_plan or flagged.has_police_missing_episode) as with_either,
        count_if(flagged.has_child_protection_plan) as with_child_protection_plan,
        count_if(flagged.has_police_missing_episode) as with_police_missing_episode,
        count(*) as children
    from flagged
    group by flagged.period
),

totals as (
    -- broadcast: a few count rows per period; without the hint Spark shuffles period for a sort-merge join.
    select /*+ broadcast(child_counts) */
        reporting_period.period,
        coalesce(child_counts.with_either, 0) as with_either,
        coalesce(child_counts.with_child_protection_plan, 0) as with_child_protection_plan,
        coalesce(child_counts.with_police_missing_episode, 0) as with_police_missing_episode,
        coalesce(child_counts.children, 0) as children
    from reporting_period
    left join child_counts
        on child_counts.period = reporting_period.period
),

-- The headline and each partner record in every period, all over the period's accommodated children, from
-- the one row of totals per period (a period without any gets its rows of zeros).
counted as (
    select totals.period, records.*
    from totals
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all', 'numerator', with_either,
            'denominator', children),
        named_struct('breakdown', 'partner_record', 'breakdown_value', 'child_protection_plan',
            'numerator', with_child_protection_plan, 'denominator', children),
        named_struct('breakdown', 'partner_record', 'breakdown_value', 'police_missing_episode',
            'numerator', with_police_missing_episode, 'denominator', children)
    )) records
),

tidy as (
    select
        'E6' as metric_id,
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
