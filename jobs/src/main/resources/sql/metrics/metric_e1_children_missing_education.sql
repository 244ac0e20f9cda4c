-- E1 Children missing education at any time in the period (metrics.md): count and rate per 10,000
-- children aged 0-17; by age band (at the start of the child's first episode in the period, rate per
-- 10,000 of that band) and by reason (% of the children). E1_known_to_csc: % who at the time were known
-- to children's services, an open CIN episode, a child protection plan or looked after on some day of
-- an episode within the period (int_child_care_status_spans).
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

episodes as (
    select
        reporting_period.period,
        episodes.*,
        greatest(episodes.cme_start_date, reporting_period.period_start_date) as in_period_from_date,
        least(coalesce(episodes.cme_end_date, reporting_period.period_end_date), reporting_period.period_end_date)
            as in_period_to_date
    from int_education__missing_education_episodes as episodes
    inner join reporting_period
        on episodes.cme_start_date <= reporting_period.period_end_date
        and (episodes.cme_end_date is null or episodes.cme_end_date >= reporting_period.period_start_date)
),

-- Each period's children once: the age band at the start of their first episode in the period, the reasons
-- of their episodes, and whether they were known to children's services on some day of one of them.
children_in_period as (
    select
        episodes.period,
        episodes.child_id,
        min_by(episodes.age_band, episodes.cme_start_date) as age_band,
        collect_set(episodes.reason) as reasons,
        count(spans.child_id) > 0 as is_known_to_csc
    from episodes
    left join int_child_care_status_spans as spans
        on spans.child_id = episodes.child_id
        and spans.span_start_date <= episodes.in_period_to_date
        and (spans.span_end_date is null or spans.span_end_date >= episodes.in_period_from_date)
    group by episodes.period, episodes.child_id
),

-- Every count in one aggregate, before the join with period: a child counts once under all, once under
-- their age band and once under each reason.
child_counts as (
    select
        children_in_period.period,
        counted_in.breakdown,
        counted_in.breakdown_value,
        count(*) as children,
        count_if(children_in_period.is_known_to_csc) as known_children
    from children_in_period
    lateral view inline(concat(
        array(
            named_struct('breakdown', 'all', 'breakdown_value', 'all'),
            named_struct('breakdown', 'age_band', 'breakdown_value', children_in_period.age_band)),
        transform(children_in_period.reasons,
            reason -> named_struct('breakdown', 'reason', 'breakdown_value', reason))
    )) counted_in
    group by children_in_period.period, counted_in.breakdown, counted_in.breakdown_value
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
        coalesce(child_counts.known_children, 0) as known_children,
        period_population.population,
        array_max(transform(
            filter(period_population.bands, band -> band.age_band = child_counts.breakdown_value),
            band -> band.population)) as band_population
    from period_population
    left join child_counts
        on child_counts.period = period_population.period
),

-- The period's children beside each of its rows: the reasons' and E1_known_to_csc's denominator.
counted_with_period_children as (
    select
        counted_with_population.*,
        sum(if(counted_with_population.breakdown = 'all', counted_with_population.children, 0))
            over (partition by counted_with_population.period) as period_children
    from counted_with_population
),

-- E1's rows, and beside the headline E1_known_to_csc's one row.
counted as (
    select
        metrics.metric_id,
        counts.period,
        counts.breakdown,
        counts.breakdown_value,
        if(metrics.metric_id = 'E1', counts.children, counts.known_children) as numerator,
        case
            when metrics.metric_id = 'E1_known_to_csc' or counts.breakdown = 'reason' then counts.period_children
            when counts.breakdown = 'age_band' then counts.band_population
            else counts.population
        end as denominator,
        if(metrics.metric_id = 'E1' and counts.breakdown <> 'reason', 'rate_per_10000', 'percent') as unit
    from counted_with_period_children as counts
    lateral view explode(if(counts.breakdown = 'all', array('E1', 'E1_known_to_csc'), array('E1'))) metrics
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
