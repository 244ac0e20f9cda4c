-- E4 Children in temporary accommodation at the period end (metrics.md): placed by then and not left
-- (left_date blank or after the period end; a child who left on the last day is not counted). Count and
-- rate per 10,000 children aged 0-17; E4_out_of_area: % of them placed out of area; by
-- accommodation_type, % of them in each type.
with reporting_period as (
    select * from period
),

children_aged_0_to_17 as (
    select * from int_period_population
),

placed_at_end as (
    select placements.*
    from stg_housing__temporary_accommodation as placements
    cross join reporting_period
    where placements.placed_date <= reporting_period.period_end_date
        and (placements.left_date is null or placements.left_date > reporting_period.period_end_date)
),

children_count as (
    select count(distinct child_id) as children from placed_at_end
),

headline as (
    select 'E4' as metric_id, 'all' as breakdown, 'all' as breakdown_value,
        children_count.children as numerator, children_aged_0_to_17.population as denominator,
        'rate_per_10000' as unit
    from children_count
    cross join children_aged_0_to_17
),

out_of_area as (
    select 'E4_out_of_area' as metric_id, 'all' as breakdown, 'all' as breakdown_value,
        (select count(distinct child_id) from placed_at_end where is_out_of_area) as numerator,
        children_count.children as denominator, 'percent' as unit
    from children_count
),

by_accommodation_type as (
    select 'E4' as metric_id, 'accommodation_type' as breakdown, placed_at_end.accommodation_type as breakdown_value,
        count(distinct placed_at_end.child_id) as numerator, max(children_count.children) as denominator,
        'percent' as unit
    from placed_at_end
    cross join children_count
    group by placed_at_end.accommodation_type
),

counted as (
    select * from headline
    union all
    select * from out_of_area
    union all
    select * from by_accommodation_type
),

tidy as (
    select
        counted.metric_id,
        reporting_period.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.numerator,
        counted.denominator,
        cast(
            case
                when counted.unit = 'rate_per_10000'
                    then round(try_divide(counted.numerator * 10000.0, counted.denominator), 1)
                else round(try_divide(counted.numerator * 100.0, counted.denominator), 1)
            end as double) as value,
        counted.unit
    from counted
    cross join reporting_period
)

select * from tidy
