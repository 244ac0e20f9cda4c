-- N6 Children subject to a neglect plan (initial category NEG) at any time in the period who also had,
-- in the period, (a) a police missing episode reported, (b) a police referral or (c) a health referral
-- created (metrics.md). Headline: children with any of (a), (b), (c) over neglect-plan children; one
-- row per partner record (partner_record) gives each of them on its own.
with reporting_period as (
    select * from period
),

neglect_children as (
    select distinct plans.child_id
    from int_cin__child_protection_plans as plans
    cross join reporting_period
    where plans.initial_category = 'NEG'
        and plans.plan_start_date <= reporting_period.period_end_date
        and (plans.plan_end_date is null or plans.plan_end_date >= reporting_period.period_start_date)
),

missing_children as (
    select distinct episodes.child_id
    from int_police__missing_episodes as episodes
    cross join reporting_period
    where episodes.reported_date between reporting_period.period_start_date and reporting_period.period_end_date
),

referred_children as (
    select distinct referrals.partner, referrals.child_id
    from int_partner_referrals as referrals
    cross join reporting_period
    where referrals.created_date between reporting_period.period_start_date and reporting_period.period_end_date
),

flagged as (
    select
        neglect_children.child_id,
        missing_children.child_id is not null as has_police_missing_episode,
        police.child_id is not null as has_police_referral,
        health.child_id is not null as has_health_referral
    from neglect_children
    left join missing_children
        on missing_children.child_id = neglect_children.child_id
    left join referred_children as police
        on police.child_id = neglect_children.child_id and police.partner = 'police'
    left join referred_children as health
        on health.child_id = neglect_children.child_id and health.partner = 'health'
),

counted as (
    select 'all' as breakdown, 'all' as breakdown_value,
        count_if(has_police_missing_episode or has_police_referral or has_health_referral) as numerator,
        count(*) as denominator
    from flagged
    union all
    select 'partner_record', 'police_missing_episode', count_if(has_police_missing_episode), count(*)
    from flagged
    union all
    select 'partner_record', 'police_referral', count_if(has_police_referral), count(*)
    from flagged
    union all
    select 'partner_record', 'health_referral', count_if(has_health_referral), count(*)
    from flagged
),

tidy as (
    select
        'N6' as metric_id,
        reporting_period.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.numerator,
        counted.denominator,
        percent_of(counted.numerator, counted.denominator) as value,
        'percent' as unit
    from counted
    cross join reporting_period
)

select * from tidy
