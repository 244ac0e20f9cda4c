-- E2 Children missing education at any time in the period who also had a police missing episode
-- reported in the period (metrics.md): count and % of the children missing education.
with reporting_period as (
    select * from period
),

missing_education_children as (
    select distinct reporting_period.period, episodes.child_id
    from int_education__missing_education_episodes as episodes
    inner join reporting_period
        on episodes.cme_start_date <= reporting_period.period_end_date
        and (episodes.cme_end_date is null or episodes.cme_end_date >= reporting_period.period_start_date)
),

missing_children as (
    select distinct reporting_period.period, episodes.child_id
    from int_police__missing_episodes as episodes
    inner join reporting_period
        on episodes.reported_date between reporting_period.period_start_date and reporting_period.period_end_date
),

-- Counted before the join with period (Spark then counts each period's children in one pass, not after
-- moving every child to the period's side of a join).
child_counts as (
    select
        missing_education_children.period,
        count(missing_children.child_id) as missing_children,
        count(*) as children
    from missing_education_children
    left join missing_children
        on missing_children.period = missing_education_children.period
        and missing_children.child_id = missing_education_children.child_id
    group by missing_education_children.period
),

-- A period without children missing education gets its row of zeros.
counted as (
    select
        reporting_period.period,
        coalesce(child_counts.missing_children, 0) as numerator,
        coalesce(child_counts.children, 0) as denominator
    from reporting_period
    left join child_counts
        on child_counts.period = reporting_period.period
),

tidy as (
    select
        'E2' as metric_id,
        counted.period,
        'all' as breakdown,
        'all' as breakdown_value,
        counted.numerator,
        counted.denominator,
        percent_of(counted.numerator, counted.denominator) as value,
        'percent' as unit
    from counted
)

select * from tidy
