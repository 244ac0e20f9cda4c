-- E1 Children missing education at any time in the period (metrics.md): count and rate per 10,000
-- children aged 0-17; by age band (at the start of the child's first episode in the period, rate per
-- 10,000 of that band) and by reason (% of the children). E1_known_to_csc: % who at the time were known
-- to children's services, an open CIN episode, a child protection plan or looked after on some day of
-- an episode within the period (int_child_care_status_spans).
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

first_episodes as (
    select period, child_id, min_by(age_band, cme_start_date) as age_band
    from episodes
    group by period, child_id
),

known_children as (
    select distinct episodes.period, episodes.child_id
    from episodes
    inner join int_child_care_status_spans as spans
        on spans.child_id = episodes.child_id
        and spans.span_start_date <= episodes.in_period_to_date
        and (spans.span_end_date is null or spans.span_end_date >= episodes.in_period_from_date)
),

children_count as (
    select reporting_period.period, count(distinct episodes.child_id) as children
    from reporting_period
    left join episodes
        on episodes.period = reporting_period.period
    group by reporting_period.period
),

headline as (
    select 'E1' as metric_id, children_count.period, 'all' as breakdown, 'all' as breakdown_value,
        children_count.children as numerator, children_aged_0_to_17.population as denominator,
        'rate_per_10000' as unit
    from children_count
    inner join children_aged_0_to_17
        on children_aged_0_to_17.period = children_count.period
),

by_age_band as (
    select 'E1' as metric_id, first_episodes.period, 'age_band' as breakdown,
        first_episodes.age_band as breakdown_value, count(*) as numerator,
        max(band_population.population) as denominator, 'rate_per_10000' as unit
    from first_episodes
    left join band_population
        on band_population.period = first_episodes.period
        and band_population.age_band = first_episodes.age_band
    group by first_episodes.period, first_episodes.age_band
),

by_reason as (
    select 'E1' as metric_id, episodes.period, 'reason' as breakdown, episodes.reason as breakdown_value,
        count(distinct episodes.child_id) as numerator, max(children_count.children) as denominator,
        'percent' as unit
    from episodes
    inner join children_count
        on children_count.period = episodes.period
    group by episodes.period, episodes.reason
),

known as (
    select 'E1_known_to_csc' as metric_id, children_count.period, 'all' as breakdown, 'all' as breakdown_value,
        count(known_children.period) as numerator, max(children_count.children) as denominator,
        'percent' as unit
    from children_count
    left join known_children
        on known_children.period = children_count.period
    group by children_count.period
),

counted as (
    select * from headline
    union all
    select * from by_age_band
    union all
    select * from by_reason
    union all
    select * from known
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
