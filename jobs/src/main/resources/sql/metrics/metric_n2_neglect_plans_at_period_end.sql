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

on_plan_at_end as (
    select reporting_period.period, count(distinct plans.child_id) as children
    from reporting_period
    left join int_cin__child_protection_plans as plans
        on plans.initial_category = 'NEG'
        and plans.plan_start_date <= reporting_period.period_end_date
        and (plans.plan_end_date is null or plans.plan_end_date > reporting_period.period_end_date)
    group by reporting_period.period
),

tidy as (
    select
        'N2' as metric_id,
        on_plan_at_end.period,
        'all' as breakdown,
        'all' as breakdown_value,
        on_plan_at_end.children as numerator,
        children_aged_0_to_17.population as denominator,
        rate_per_10000(on_plan_at_end.children, children_aged_0_to_17.population)
            as value,
        'rate_per_10000' as unit
    from on_plan_at_end
    inner join children_aged_0_to_17
        on children_aged_0_to_17.period = on_plan_at_end.period
)

select * from tidy
