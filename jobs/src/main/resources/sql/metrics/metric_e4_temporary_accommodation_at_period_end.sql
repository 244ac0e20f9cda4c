-- E4 Children in temporary accommodation at the period end (metrics.md): placed by then and not left
-- (left_date blank or after the period end; a child who left on the last day is not counted). Count and
-- rate per 10,000 children aged 0-17, and by age band at the period end per 10,000 of the band;
-- E4_out_of_area: % of them placed out of area; by accommodation_type, % of them in each type.
with reporting_period as (
    select * from period
),

band_population as (
    select reporting_period.period, population.age_band, population.population
    from population
    inner join reporting_period
        on population.year = reporting_period.population_year
),

children_aged_0_to_17 as (
    select reporting_period.period, coalesce(sum(band_population.population), 0) as population
    from reporting_period
    left join band_population
        on band_population.period = reporting_period.period
    group by reporting_period.period
),

children as (
    select child_id, birth_month from int_child_spine
),

placed_at_end as (
    select reporting_period.period, placements.*
    from stg_housing__temporary_accommodation as placements
    inner join reporting_period
        on placements.placed_date <= reporting_period.period_end_date
        and (placements.left_date is null or placements.left_date > reporting_period.period_end_date)
),

children_by_age_band as (
    select distinct
        placed_at_end.period,
        placed_at_end.child_id,
        age_band(children.birth_month, reporting_period.period_end_date) as age_band
    from placed_at_end
    inner join reporting_period
        on reporting_period.period = placed_at_end.period
    left join children
        on children.child_id = placed_at_end.child_id
),

children_count as (
    select
        reporting_period.period,
        count(distinct placed_at_end.child_id) as children,
        count(distinct case when placed_at_end.is_out_of_area then placed_at_end.child_id end) as out_of_area_children
    from reporting_period
    left join placed_at_end
        on placed_at_end.period = reporting_period.period
    group by reporting_period.period
),

headline as (
    select 'E4' as metric_id, children_count.period, 'all' as breakdown, 'all' as breakdown_value,
        children_count.children as numerator, children_aged_0_to_17.population as denominator,
        'rate_per_10000' as unit
    from children_count
    inner join children_aged_0_to_17
        on children_aged_0_to_17.period = children_count.period
),

by_age_band as (
    select 'E4' as metric_id, children_by_age_band.period, 'age_band' as breakdown,
        children_by_age_band.age_band as breakdown_value, count(*) as numerator,
        max(band_population.population) as denominator, 'rate_per_10000' as unit
    from children_by_age_band
    left join band_population
        on band_population.period = children_by_age_band.period
        and band_population.age_band = children_by_age_band.age_band
    group by children_by_age_band.period, children_by_age_band.age_band
),

out_of_area as (
    select 'E4_out_of_area' as metric_id, children_count.period, 'all' as breakdown, 'all' as breakdown_value,
        children_count.out_of_area_children as numerator, children_count.children as denominator,
        'percent' as unit
    from children_count
),

by_accommodation_type as (
    select 'E4' as metric_id, placed_at_end.period, 'accommodation_type' as breakdown,
        placed_at_end.accommodation_type as breakdown_value, count(distinct placed_at_end.child_id) as numerator,
        max(children_count.children) as denominator, 'percent' as unit
    from placed_at_end
    inner join children_count
        on children_count.period = placed_at_end.period
    group by placed_at_end.period, placed_at_end.accommodation_type
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
        counted.period,
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
)

select * from tidy
