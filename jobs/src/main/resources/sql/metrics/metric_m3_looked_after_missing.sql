-- M3 Looked-after children's missing (M) and away (A) periods from SSDA903 starting in the period
-- (metrics.md; statutory-facts.md §2). Headline: looked-after children with an M or A period starting
-- in the period over children looked after at any time in the period; one row per type (missing_type).
-- M3_periods: the periods, over the distinct children who had one (periods per child).
with reporting_period as (
    select * from period
),

looked_after_children as (
    select distinct episodes.child_id
    from stg_903__episodes as episodes
    cross join reporting_period
    where episodes.episode_start_date <= reporting_period.period_end_date
        and (episodes.episode_end_date is null or episodes.episode_end_date >= reporting_period.period_start_date)
),

missing_types as (
    select * from values ('M'), ('A') as missing_types (missing_type)
),

periods_started as (
    select missing.child_id, missing.missing_type
    from stg_903__missing as missing
    cross join reporting_period
    inner join looked_after_children
        on looked_after_children.child_id = missing.child_id
    where missing.missing_type in ('M', 'A')
        and missing.missing_start_date between reporting_period.period_start_date and reporting_period.period_end_date
),

looked_after_count as (
    select count(*) as children from looked_after_children
),

headline as (
    select 'M3' as metric_id, 'all' as breakdown, 'all' as breakdown_value,
        count(distinct periods_started.child_id) as numerator, looked_after_count.children as denominator,
        'percent' as unit
    from looked_after_count
    left join periods_started
        on true
    group by looked_after_count.children
),

by_type as (
    select 'M3' as metric_id, 'missing_type' as breakdown, missing_types.missing_type as breakdown_value,
        count(distinct periods_started.child_id) as numerator, looked_after_count.children as denominator,
        'percent' as unit
    from missing_types
    cross join looked_after_count
    left join periods_started
        on periods_started.missing_type = missing_types.missing_type
    group by missing_types.missing_type, looked_after_count.children
),

periods_per_child as (
    select 'M3_periods' as metric_id, 'all' as breakdown, 'all' as breakdown_value,
        count(*) as numerator, count(distinct child_id) as denominator, 'ratio' as unit
    from periods_started
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
        reporting_period.period,
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
    cross join reporting_period
)

select * from tidy
