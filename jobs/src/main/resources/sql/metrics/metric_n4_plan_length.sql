-- N4 Child protection plans ending in the period by length (metrics.md): <= 3 months, 3-6 months,
-- 6-12 months, 1-2 years, 2 years and over, in calendar months from start to end. Headline: % lasting
-- 2 years and over of all plans ended (statutory-facts.md §3); the same for neglect plans
-- (initial category NEG) as the initial_category = NEG row.
with reporting_period as (
    select * from period
),

ended as (
    select
        reporting_period.period,
        plans.child_id,
        plans.initial_category,
        case
            when plans.plan_end_date <= add_months(plans.plan_start_date, 3) then '<= 3 months'
            when plans.plan_end_date < add_months(plans.plan_start_date, 6) then '3-6 months'
            when plans.plan_end_date < add_months(plans.plan_start_date, 12) then '6-12 months'
            when plans.plan_end_date < add_months(plans.plan_start_date, 24) then '1-2 years'
            else '2 years and over'
        end as plan_length
    from int_cin__child_protection_plans as plans
    inner join reporting_period
        on plans.plan_end_date between reporting_period.period_start_date and reporting_period.period_end_date
),

-- Every count the headline, the neglect row and the lengths need, in one pass over the plans ended,
-- counted before the join that gives a period without plans ended its rows of zeros.
plan_counts as (
    select
        period,
        count(*) as ended,
        count_if(plan_length = '2 years and over') as two_years_and_over,
        count_if(initial_category = 'NEG') as neglect_ended,
        count_if(initial_category = 'NEG' and plan_length = '2 years and over') as neglect_two_years_and_over,
        count_if(plan_length = '<= 3 months') as up_to_three_months,
        count_if(plan_length = '3-6 months') as three_to_six_months,
        count_if(plan_length = '6-12 months') as six_to_twelve_months,
        count_if(plan_length = '1-2 years') as one_to_two_years
    from ended
    group by period
),

-- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join.
totals as (
    select /*+ broadcast(plan_counts) */
        reporting_period.period,
        coalesce(plan_counts.ended, 0) as ended,
        coalesce(plan_counts.two_years_and_over, 0) as two_years_and_over,
        coalesce(plan_counts.neglect_ended, 0) as neglect_ended,
        coalesce(plan_counts.neglect_two_years_and_over, 0) as neglect_two_years_and_over,
        coalesce(plan_counts.up_to_three_months, 0) as up_to_three_months,
        coalesce(plan_counts.three_to_six_months, 0) as three_to_six_months,
        coalesce(plan_counts.six_to_twelve_months, 0) as six_to_twelve_months,
        coalesce(plan_counts.one_to_two_years, 0) as one_to_two_years
    from reporting_period
    left join plan_counts
        on plan_counts.period = reporting_period.period
),

-- The headline, the neglect row and every length in every period (the lengths out of all plans ended),
-- from the one row of totals per period (one select, so the plans are counted once).
counted as (
    select totals.period, length_rows.*
    from totals
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all', 'numerator', two_years_and_over,
            'denominator', ended),
        named_struct('breakdown', 'initial_category', 'breakdown_value', 'NEG',
            'numerator', neglect_two_years_and_over, 'denominator', neglect_ended),
        named_struct('breakdown', 'plan_length', 'breakdown_value', '<= 3 months',
            'numerator', up_to_three_months, 'denominator', ended),
        named_struct('breakdown', 'plan_length', 'breakdown_value', '3-6 months',
            'numerator', three_to_six_months, 'denominator', ended),
        named_struct('breakdown', 'plan_length', 'breakdown_value', '6-12 months',
            'numerator', six_to_twelve_months, 'denominator', ended),
        named_struct('breakdown', 'plan_length', 'breakdown_value', '1-2 years',
            'numerator', one_to_two_years, 'denominator', ended),
        named_struct('breakdown', 'plan_length', 'breakdown_value', '2 years and over',
            'numerator', two_years_and_over, 'denominator', ended)
    )) length_rows
),

tidy as (
    select
        'N4' as metric_id,
        counted.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.numerator,
        counted.denominator,
        percent_of(counted.numerator, counted.denominator) as value,
        'percent' as unit
    from counted
)

select * from tidy
