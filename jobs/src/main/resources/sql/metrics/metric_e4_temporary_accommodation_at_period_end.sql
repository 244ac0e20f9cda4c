-- E4 Children in temporary accommodation at the period end (metrics.md): placed by then and not left
-- (left_date blank or after the period end; a child who left on the last day is not counted). Count and
-- rate per 10,000 children aged 0-17, and by age band at the period end per 10,000 of the band;
-- E4_out_of_area: % of them placed out of area; by accommodation_type, % of them in each type.
with reporting_period as (
    select * from period
),

-- Each period's children aged 0-17 (coalesced to 0) and its age bands' populations, one row a period.
period_population as (
    select
        reporting_period.period,
        coalesce(sum(population.population), 0) as population,
        collect_list(named_struct('age_band', population.age_band, 'population', population.population))
            filter (where population.age_band is not null) as bands
    from reporting_period
    left join population
        on population.year = reporting_period.population_year
    group by reporting_period.period
),

children as (
    select child_id, birth_month from int_child_spine
),

placed_at_end as (
    select reporting_period.period, reporting_period.period_end_date, placements.*
    from stg_housing__temporary_accommodation as placements
    inner join reporting_period
        on placements.placed_date <= reporting_period.period_end_date
        and (placements.left_date is null or placements.left_date > reporting_period.period_end_date)
),

-- Each period's children placed at its end once: whether a placement of theirs was out of area, and the
-- accommodation types of their placements.
placed_children as (
    select
        placed_at_end.period,
        placed_at_end.period_end_date,
        placed_at_end.child_id,
        count_if(placed_at_end.is_out_of_area) > 0 as is_out_of_area,
        collect_set(placed_at_end.accommodation_type) as accommodation_types
    from placed_at_end
    group by placed_at_end.period, placed_at_end.period_end_date, placed_at_end.child_id
),

placed_children_by_age_band as (
    select
        placed_children.*,
        age_band(children.birth_month, placed_children.period_end_date) as age_band
    from placed_children
    left join children
        on children.child_id = placed_children.child_id
),

-- Every count in one aggregate, before the join with period: a child counts once under all, once under
-- their age band at the period end and once under each accommodation type.
child_counts as (
    select
        placed_children_by_age_band.period,
        counted_in.breakdown,
        counted_in.breakdown_value,
        count(*) as children,
        count_if(placed_children_by_age_band.is_out_of_area) as out_of_area_children
    from placed_children_by_age_band
    lateral view inline(concat(
        array(
            named_struct('breakdown', 'all', 'breakdown_value', 'all'),
            named_struct('breakdown', 'age_band', 'breakdown_value', placed_children_by_age_band.age_band)),
        transform(placed_children_by_age_band.accommodation_types,
            accommodation_type -> named_struct('breakdown', 'accommodation_type',
                'breakdown_value', accommodation_type))
    )) counted_in
    group by placed_children_by_age_band.period, counted_in.breakdown, counted_in.breakdown_value
),

-- One join with the period's population, so the children are counted once (Spark would count them again
-- for each select that read child_counts): a period without children gets its headline of zeros. A band's
-- population is the largest of its rows, none for a band without any (unknown).
counted_with_population as (
    -- broadcast: a few count rows per period; without the hint Spark shuffles period for a sort-merge join.
    select /*+ broadcast(child_counts) */
        period_population.period,
        coalesce(child_counts.breakdown, 'all') as breakdown,
        coalesce(child_counts.breakdown_value, 'all') as breakdown_value,
        coalesce(child_counts.children, 0) as children,
        coalesce(child_counts.out_of_area_children, 0) as out_of_area_children,
        period_population.population,
        array_max(transform(
            filter(period_population.bands, band -> band.age_band = child_counts.breakdown_value),
            band -> band.population)) as band_population
    from period_population
    left join child_counts
        on child_counts.period = period_population.period
),

-- The period's children beside each of its rows: the accommodation types' and E4_out_of_area's denominator.
counted_with_period_children as (
    select
        counted_with_population.*,
        sum(if(counted_with_population.breakdown = 'all', counted_with_population.children, 0))
            over (partition by counted_with_population.period) as period_children
    from counted_with_population
),

-- E4's rows, and beside the headline E4_out_of_area's one row.
counted as (
    select
        metrics.metric_id,
        counts.period,
        counts.breakdown,
        counts.breakdown_value,
        if(metrics.metric_id = 'E4', counts.children, counts.out_of_area_children) as numerator,
        case
            when metrics.metric_id = 'E4_out_of_area' or counts.breakdown = 'accommodation_type'
                then counts.period_children
            when counts.breakdown = 'age_band' then counts.band_population
            else counts.population
        end as denominator,
        if(metrics.metric_id = 'E4' and counts.breakdown <> 'accommodation_type', 'rate_per_10000', 'percent')
            as unit
    from counted_with_period_children as counts
    lateral view explode(if(counts.breakdown = 'all', array('E4', 'E4_out_of_area'), array('E4'))) metrics
        as metric_id
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
