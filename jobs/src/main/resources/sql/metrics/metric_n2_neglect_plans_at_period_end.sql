-- N2 Children subject to a child protection plan at the period end whose plan's initial category is
-- NEG (metrics.md): count and rate per 10,000 children aged 0-17. A plan is open at the period end when
-- it started by then and has no end date or ends after it: a plan ended on the last day is not counted,
-- as in the DfE count of children on a plan at 31 March.
with reporting_period as (
    select * from period
),

children_aged_0_to_17 as (
    select reporting_period.period, coalesce(sum(population.population), 0) as population
    from reporting_period
    left join population
        on population.year = reporting_period.population_year
    group by reporting_period.period
),

-- Counted before the join with the periods (via their populations), which gives a period without such
-- plans its 0.
on_plan_at_end as (
    select reporting_period.period, count(distinct plans.child_id) as children
    from int_cin__child_protection_plans as plans
    inner join reporting_period
        on plans.plan_start_date <= reporting_period.period_end_date
        and (plans.plan_end_date is null or plans.plan_end_date > reporting_period.period_end_date)
    where plans.initial_category = 'NEG'
    group by reporting_period.period
),

-- broadcast: the counts are a row per period; without the hint Spark shuffles the populations to sort-merge join.
tidy as (
    select /*+ broadcast(on_plan_at_end) */
        'N2' as metric_id,
        children_aged_0_to_17.period,
        'all' as breakdown,
        'all' as breakdown_value,
        coalesce(on_plan_at_end.children, 0) as numerator,
        children_aged_0_to_17.population as denominator,
        rate_per_10000(coalesce(on_plan_at_end.children, 0), children_aged_0_to_17.population)
            as value,
        'rate_per_10000' as unit
    from children_aged_0_to_17
    left join on_plan_at_end
        on on_plan_at_end.period = children_aged_0_to_17.period
)

select * from tidy
