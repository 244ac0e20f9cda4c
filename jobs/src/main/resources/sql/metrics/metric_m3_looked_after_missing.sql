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

-- Each child's M and A periods starting in the period, one row per child and period.
periods_started as (
    select
        reporting_period.period,
        missing.child_id,
        count(*) as periods,
        count_if(missing.missing_type = 'M') as missing_periods,
        count_if(missing.missing_type = 'A') as away_periods
    from stg_903__missing as missing
    inner join reporting_period
        on missing.missing_start_date between reporting_period.period_start_date and reporting_period.period_end_date
    where missing.missing_type in ('M', 'A')
    group by reporting_period.period, missing.child_id
),

-- The looked-after children joined once to their periods, so that one aggregate counts both the
-- headline's children and the periods (a child who was not looked after in the period is left out).
looked_after_with_periods as (
    select looked_after_children.period, periods_started.periods, periods_started.missing_periods,
        periods_started.away_periods
    from looked_after_children
    left join periods_started
        on periods_started.period = looked_after_children.period
        and periods_started.child_id = looked_after_children.child_id
),

-- Every count both metrics need, counted before the join that gives a period without looked-after
-- children its rows of zeros.
child_counts as (
    select
        period,
        count(*) as looked_after,
        count_if(periods > 0) as with_periods,
        count_if(missing_periods > 0) as with_missing_periods,
        count_if(away_periods > 0) as with_away_periods,
        sum(periods) as periods
    from looked_after_with_periods
    group by period
),

-- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join.
totals as (
    select /*+ broadcast(child_counts) */
        reporting_period.period,
        coalesce(child_counts.looked_after, 0) as looked_after,
        coalesce(child_counts.with_periods, 0) as with_periods,
        coalesce(child_counts.with_missing_periods, 0) as with_missing_periods,
        coalesce(child_counts.with_away_periods, 0) as with_away_periods,
        coalesce(child_counts.periods, 0) as periods
    from reporting_period
    left join child_counts
        on child_counts.period = reporting_period.period
),

-- The headline, each type and M3_periods from the one row of totals per period (one select, so the
-- children and their periods are counted once).
counted as (
    select totals.period, metric_rows.*
    from totals
    lateral view inline(array(
        named_struct('metric_id', 'M3', 'breakdown', 'all', 'breakdown_value', 'all',
            'numerator', with_periods, 'denominator', looked_after, 'unit', 'percent'),
        named_struct('metric_id', 'M3', 'breakdown', 'missing_type', 'breakdown_value', 'M',
            'numerator', with_missing_periods, 'denominator', looked_after, 'unit', 'percent'),
        named_struct('metric_id', 'M3', 'breakdown', 'missing_type', 'breakdown_value', 'A',
            'numerator', with_away_periods, 'denominator', looked_after, 'unit', 'percent'),
        named_struct('metric_id', 'M3_periods', 'breakdown', 'all', 'breakdown_value', 'all',
            'numerator', periods, 'denominator', with_periods, 'unit', 'ratio')
    )) metric_rows
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
