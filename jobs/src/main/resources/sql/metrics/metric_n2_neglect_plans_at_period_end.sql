-- N2 Children subject to a child protection plan at the period end whose plan's initial category is
-- NEG (metrics.md): count and rate per 10,000 children aged 0-17. A plan is open at the period end when
-- it started by then and has no end date or ends after it: a plan ended on the last day is not counted,
-- as in the DfE count of children on a plan at 31 March.
with reporting_period as (
    select * from period
),

children_aged_0_to_17 as (
    select coalesce(sum(population.population), 0) as population
    from population
    inner join reporting_period
        on population.year = reporting_period.population_year
),

on_plan_at_end as (
    select count(distinct plans.child_id) as children
    from int_cin__child_protection_plans as plans
    cross join reporting_period
    where plans.initial_category = 'NEG'
        and plans.plan_start_date <= reporting_period.period_end_date
        and (plans.plan_end_date is null or plans.plan_end_date > reporting_period.period_end_date)
),

tidy as (
    select
        'N2' as metric_id,
        reporting_period.period,
        'all' as breakdown,
        'all' as breakdown_value,
        on_plan_at_end.children as numerator,
        children_aged_0_to_17.population as denominator,
        rate_per_10000(on_plan_at_end.children, children_aged_0_to_17.population)
            as value,
        'rate_per_10000' as unit
    from on_plan_at_end
    cross join children_aged_0_to_17
    cross join reporting_period
)

select * from tidy
