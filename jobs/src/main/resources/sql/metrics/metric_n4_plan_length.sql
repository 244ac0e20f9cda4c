-- N4 Child protection plans ending in the period by length (metrics.md): <= 3 months, 3-6 months,
-- 6-12 months, 1-2 years, 2 years and over, in calendar months from start to end. Headline: % lasting
-- 2 years and over of all plans ended (statutory-facts.md §3); the same for neglect plans
-- (initial category NEG) as the initial_category = NEG row.
with reporting_period as (
    select * from period
),

lengths as (
    select *
    from values
        (1, '<= 3 months'), (2, '3-6 months'), (3, '6-12 months'), (4, '1-2 years'), (5, '2 years and over')
        as lengths (length_order, plan_length)
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

headline as (
    select
        reporting_period.period,
        'all' as breakdown,
        'all' as breakdown_value,
        count_if(ended.plan_length = '2 years and over') as numerator,
        count(ended.period) as denominator
    from reporting_period
    left join ended
        on ended.period = reporting_period.period
    group by reporting_period.period
),

neglect as (
    select
        reporting_period.period,
        'initial_category' as breakdown,
        'NEG' as breakdown_value,
        count_if(ended.plan_length = '2 years and over') as numerator,
        count(ended.period) as denominator
    from reporting_period
    left join ended
        on ended.period = reporting_period.period
        and ended.initial_category = 'NEG'
    group by reporting_period.period
),

-- Every length in every period, out of the headline's plans ended.
by_length as (
    select
        headline.period,
        'plan_length' as breakdown,
        lengths.plan_length as breakdown_value,
        count(ended.child_id) as numerator,
        max(headline.denominator) as denominator
    from lengths
    cross join headline
    left join ended
        on ended.period = headline.period
        and ended.plan_length = lengths.plan_length
    group by headline.period, lengths.length_order, lengths.plan_length
),

counted as (
    select * from headline
    union all
    select * from neglect
    union all
    select * from by_length
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
