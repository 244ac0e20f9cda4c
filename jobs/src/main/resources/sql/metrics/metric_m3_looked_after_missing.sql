-- M3 Looked-after children's missing (M) and away (A) periods from SSDA903 starting in the period
-- (metrics.md; statutory-facts.md §2). Headline: looked-after children with an M or A period starting
-- in the period over children looked after at any time in the period; one row per type (missing_type).
-- M3_periods: the periods, over the distinct children who had one (periods per child).
with reporting_period as (
    select * from period
),

looked_after_children as (
    select distinct reporting_period.period, episodes.child_id
    from stg_903__episodes as episodes
    inner join reporting_period
        on episodes.episode_start_date <= reporting_period.period_end_date
        and (episodes.episode_end_date is null or episodes.episode_end_date >= reporting_period.period_start_date)
),

missing_types as (
    select * from values ('M'), ('A') as missing_types (missing_type)
),

periods_started as (
    select reporting_period.period, missing.child_id, missing.missing_type
    from stg_903__missing as missing
    inner join reporting_period
        on missing.missing_start_date between reporting_period.period_start_date and reporting_period.period_end_date
    inner join looked_after_children
        on looked_after_children.period = reporting_period.period
        and looked_after_children.child_id = missing.child_id
    where missing.missing_type in ('M', 'A')
),

looked_after_count as (
    select reporting_period.period, count(looked_after_children.period) as children
    from reporting_period
    left join looked_after_children
        on looked_after_children.period = reporting_period.period
    group by reporting_period.period
),

headline as (
    select 'M3' as metric_id, looked_after_count.period, 'all' as breakdown, 'all' as breakdown_value,
        count(distinct periods_started.child_id) as numerator, looked_after_count.children as denominator,
        'percent' as unit
    from looked_after_count
    left join periods_started
        on periods_started.period = looked_after_count.period
    group by looked_after_count.period, looked_after_count.children
),

by_type as (
    select 'M3' as metric_id, looked_after_count.period, 'missing_type' as breakdown,
        missing_types.missing_type as breakdown_value,
        count(distinct periods_started.child_id) as numerator, looked_after_count.children as denominator,
        'percent' as unit
    from missing_types
    cross join looked_after_count
    left join periods_started
        on periods_started.period = looked_after_count.period
        and periods_started.missing_type = missing_types.missing_type
    group by looked_after_count.period, missing_types.missing_type, looked_after_count.children
),

periods_per_child as (
    select 'M3_periods' as metric_id, reporting_period.period, 'all' as breakdown, 'all' as breakdown_value,
        count(periods_started.period) as numerator, count(distinct periods_started.child_id) as denominator,
        'ratio' as unit
    from reporting_period
    left join periods_started
        on periods_started.period = reporting_period.period
    group by reporting_period.period
),

counted as (
    select * from headline
    union all
    select * from by_type
    union all
    select * from periods_per_child
),

tidy as (
    select
        counted.metric_id,
        counted.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.numerator,
        counted.denominator,
        case
            when counted.unit = 'ratio' then ratio_of(counted.numerator, counted.denominator)
            else percent_of(counted.numerator, counted.denominator)
        end as value,
        counted.unit
    from counted
)

select * from tidy
