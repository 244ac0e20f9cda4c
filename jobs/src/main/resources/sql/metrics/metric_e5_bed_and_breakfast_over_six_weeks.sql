-- E5 Households with children in bed-and-breakfast accommodation for more than 6 weeks at any time in
-- the period (metrics.md; statutory-facts.md §3a, the legal limit): a continuous B&B stay
-- (int_housing__bed_and_breakfast_stays) in the period that had lasted more than 42 days by its end, or
-- by the period end if later; a stay of exactly 42 days is not over. Headline: those households over
-- households with children in B&B at any time in the period. Households are counted, not children.
with reporting_period as (
    select * from period
),

stays_in_period as (
    select
        reporting_period.period,
        stays.household_id,
        datediff(
            least(coalesce(stays.stay_end_date, reporting_period.period_end_date), reporting_period.period_end_date),
            stays.stay_start_date) as days_in_bed_and_breakfast
    from int_housing__bed_and_breakfast_stays as stays
    inner join reporting_period
        on stays.stay_start_date <= reporting_period.period_end_date
        and (stays.stay_end_date is null or stays.stay_end_date >= reporting_period.period_start_date)
),

-- Each period's households once, over 6 weeks when any of their stays in the period was.
households_in_period as (
    select
        stays_in_period.period,
        stays_in_period.household_id,
        max(stays_in_period.days_in_bed_and_breakfast) > 42 as is_over_six_weeks
    from stays_in_period
    group by stays_in_period.period, stays_in_period.household_id
),

-- Counted before the join with period (Spark then counts each period's households in one pass, not after
-- moving every stay to the period's side of a join).
household_counts as (
    select
        households_in_period.period,
        count_if(households_in_period.is_over_six_weeks) as over_six_weeks,
        count(*) as households
    from households_in_period
    group by households_in_period.period
),

-- A period without households in B&B gets its row of zeros.
counted as (
    -- broadcast: a few count rows per period; without the hint Spark shuffles period for a sort-merge join.
    select /*+ broadcast(household_counts) */
        reporting_period.period,
        coalesce(household_counts.over_six_weeks, 0) as numerator,
        coalesce(household_counts.households, 0) as denominator
    from reporting_period
    left join household_counts
        on household_counts.period = reporting_period.period
),

tidy as (
    select
        'E5' as metric_id,
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
