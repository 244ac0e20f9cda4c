-- N3 Neglect plans starting in the period that are a second or subsequent plan (metrics.md): the CIN
-- census says so (NumberOfPreviousCPP > 0) or delivered history holds an earlier plan for the child, of
-- any category, however long ago (statutory-facts.md §3). Count and % of neglect plans started.
with reporting_period as (
    select * from period
),

plans as (
    select * from int_cin__child_protection_plans
),

-- Each plan with its child's first plan start of any category, a window over the plans rather than a
-- join of the plans with their own aggregate (which would read them twice).
with_first_plan as (
    select
        plans.*,
        min(plans.plan_start_date) over (partition by plans.child_id) as first_plan_start_date
    from plans
),

neglect_started as (
    select
        reporting_period.period,
        coalesce(with_first_plan.previous_plan_count, 0) > 0
            or with_first_plan.first_plan_start_date < with_first_plan.plan_start_date as is_repeat_plan
    from with_first_plan
    inner join reporting_period
        on with_first_plan.plan_start_date
            between reporting_period.period_start_date and reporting_period.period_end_date
    where with_first_plan.initial_category = 'NEG'
),

-- Counted before the join that gives a period without neglect plans started its row of zeros.
plan_counts as (
    select period, count_if(is_repeat_plan) as numerator, count(*) as denominator
    from neglect_started
    group by period
),

-- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join.
counted as (
    select /*+ broadcast(plan_counts) */
        reporting_period.period,
        coalesce(plan_counts.numerator, 0) as numerator,
        coalesce(plan_counts.denominator, 0) as denominator
    from reporting_period
    left join plan_counts
        on plan_counts.period = reporting_period.period
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
