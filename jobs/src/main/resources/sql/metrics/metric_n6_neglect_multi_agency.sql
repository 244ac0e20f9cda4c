-- N6 Children subject to a neglect plan (initial category NEG) at any time in the period who also had,
-- in the period, (a) a police missing episode reported, (b) a police referral or (c) a health referral
-- created (metrics.md). Headline: children with any of (a), (b), (c) over neglect-plan children; one
-- row per partner record (partner_record) gives each of them on its own.
with reporting_period as (
    select * from period
),

neglect_children as (
    select distinct reporting_period.period, plans.child_id
    from int_cin__child_protection_plans as plans
    inner join reporting_period
        on plans.plan_start_date <= reporting_period.period_end_date
        and (plans.plan_end_date is null or plans.plan_end_date >= reporting_period.period_start_date)
    where plans.initial_category = 'NEG'
),

missing_children as (
    select distinct reporting_period.period, episodes.child_id
    from int_police__missing_episodes as episodes
    inner join reporting_period
        on episodes.reported_date between reporting_period.period_start_date and reporting_period.period_end_date
),

referred_children as (
    select distinct reporting_period.period, referrals.partner, referrals.child_id
    from int_partner_referrals as referrals
    inner join reporting_period
        on referrals.created_date between reporting_period.period_start_date and reporting_period.period_end_date
),

flagged as (
    select
        neglect_children.period,
        neglect_children.child_id,
        missing_children.child_id is not null as has_police_missing_episode,
        police.child_id is not null as has_police_referral,
        health.child_id is not null as has_health_referral
    from neglect_children
    left join missing_children
        on missing_children.period = neglect_children.period
        and missing_children.child_id = neglect_children.child_id
    left join referred_children as police
        on police.period = neglect_children.period
        and police.child_id = neglect_children.child_id
        and police.partner = 'police'
    left join referred_children as health
        on health.period = neglect_children.period
        and health.child_id = neglect_children.child_id
        and health.partner = 'health'
),

-- The headline and each partner record in every period, all over the period's neglect-plan children.
counted as (
    select
        reporting_period.period,
        records.breakdown,
        records.breakdown_value,
        count_if(records.has_record) as numerator,
        count(flagged.period) as denominator
    from reporting_period
    left join flagged
        on flagged.period = reporting_period.period
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all', 'has_record',
            flagged.has_police_missing_episode or flagged.has_police_referral or flagged.has_health_referral),
        named_struct('breakdown', 'partner_record', 'breakdown_value', 'police_missing_episode', 'has_record',
            flagged.has_police_missing_episode),
        named_struct('breakdown', 'partner_record', 'breakdown_value', 'police_referral', 'has_record',
            flagged.has_police_referral),
        named_struct('breakdown', 'partner_record', 'breakdown_value', 'health_referral', 'has_record',
            flagged.has_health_referral)
    )) records
    group by reporting_period.period, records.breakdown, records.breakdown_value
),

tidy as (
    select
        'N6' as metric_id,
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
