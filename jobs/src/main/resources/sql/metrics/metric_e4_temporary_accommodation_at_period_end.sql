-- E4 Children in temporary accommodation at the period end (metrics.md): placed by then and not left
-- (left_date blank or after the period end; a child who left on the last day is not counted). Count and
-- rate per 10,000 children aged 0-17, and by age band at the period end per 10,000 of the band;
-- E4_out_of_area: % of them placed out of area; by accommodation_type, % of them in each type.
with reporting_period as (
    select * from period
),

band_population as (
    select population.age_band, population.population
    from population
    inner join reporting_period
        on population.year = reporting_period.population_year
),

children_aged_0_to_17 as (
    select coalesce(sum(population), 0) as population
    from band_population
),

children as (
    select child_id, birth_month from int_child_spine
),

placed_at_end as (
    select placements.*
    from stg_housing__temporary_accommodation as placements
    cross join reporting_period
    where placements.placed_date <= reporting_period.period_end_date
        and (placements.left_date is null or placements.left_date > reporting_period.period_end_date)
),

children_by_age_band as (
    select distinct
        placed_at_end.child_id,
        age_band(children.birth_month, reporting_period.period_end_date) as age_band
    from placed_at_end
    cross join reporting_period
    left join children
        on children.child_id = placed_at_end.child_id
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

by_age_band as (
    select 'E4' as metric_id, 'age_band' as breakdown, children_by_age_band.age_band as breakdown_value,
        count(*) as numerator, max(band_population.population) as denominator, 'rate_per_10000' as unit
    from children_by_age_band
    left join band_population
        on band_population.age_band = children_by_age_band.age_band
    group by children_by_age_band.age_band
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
    select * from by_age_band
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
        case
            when counted.unit = 'rate_per_10000' then rate_per_10000(counted.numerator, counted.denominator)
            else percent_of(counted.numerator, counted.denominator)
        end as value,
        counted.unit
    from counted
    cross join reporting_period
)

select * from tidy
