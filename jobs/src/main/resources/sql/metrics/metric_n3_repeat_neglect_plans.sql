-- N3 Neglect plans starting in the period that are a second or subsequent plan (metrics.md): the CIN
-- census says so (NumberOfPreviousCPP > 0) or delivered history holds an earlier plan for the child, of
-- any category, however long ago (statutory-facts.md §3). Count and % of neglect plans started.
with reporting_period as (
    select * from period
),

plans as (
    select * from int_cin__child_protection_plans
),

first_plans as (
    select child_id, min(plan_start_date) as first_plan_start_date
    from plans
    group by child_id
),

neglect_started as (
    select
        reporting_period.period,
        plans.child_id,
        plans.plan_start_date,
        coalesce(plans.previous_plan_count, 0) > 0
            or first_plans.first_plan_start_date < plans.plan_start_date as is_repeat_plan
    from plans
    inner join reporting_period
        on plans.plan_start_date between reporting_period.period_start_date and reporting_period.period_end_date
    inner join first_plans
        on first_plans.child_id = plans.child_id
    where plans.initial_category = 'NEG'
),

counted as (
    select
        reporting_period.period,
        count_if(neglect_started.is_repeat_plan) as numerator,
        count(neglect_started.period) as denominator
    from reporting_period
    left join neglect_started
        on neglect_started.period = reporting_period.period
    group by reporting_period.period
),

tidy as (
    select
        'N3' as metric_id,
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
