-- E2 Children missing education at any time in the period who also had a police missing episode
-- reported in the period (metrics.md): count and % of the children missing education.
with reporting_period as (
    select * from period
),

-- Each period's children with the records that count, one row a record: missing education at any time,
-- a police missing episode reported.
child_records as (
    select reporting_period.period, episodes.child_id, 'missing_education' as record
    from int_education__missing_education_episodes as episodes
    inner join reporting_period
        on episodes.cme_start_date <= reporting_period.period_end_date
        and (episodes.cme_end_date is null or episodes.cme_end_date >= reporting_period.period_start_date)
    union all
    select reporting_period.period, episodes.child_id, 'police_missing_episode'
    from int_police__missing_episodes as episodes
    inner join reporting_period
        on episodes.reported_date between reporting_period.period_start_date and reporting_period.period_end_date
),

-- Each period's children missing education once, and whether they also went missing: one aggregate over
-- both, where joining them would shuffle each of them.
missing_education_children as (
    select
        child_records.period,
        child_records.child_id,
        count_if(child_records.record = 'police_missing_episode') > 0 as went_missing
    from child_records
    group by child_records.period, child_records.child_id
    having count_if(child_records.record = 'missing_education') > 0
),

-- Counted before the join with period (Spark then counts each period's children in one pass, not after
-- moving every child to the period's side of a join).
child_counts as (
    select
        missing_education_children.period,
        count_if(missing_education_children.went_missing) as missing_children,
        count(*) as children
    from missing_education_children
    group by missing_education_children.period
),

-- A period without children missing education gets its row of zeros.
counted as (
    -- broadcast: a few count rows per period; without the hint Spark shuffles period for a sort-merge join.
    select /*+ broadcast(child_counts) */
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
