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

-- Every partner record in the period, named as its partner_record row, in one table so that the
-- neglect-plan children are joined to the records once.
partner_records as (
    select reporting_period.period, episodes.child_id, 'police_missing_episode' as partner_record
    from int_police__missing_episodes as episodes
    inner join reporting_period
        on episodes.reported_date between reporting_period.period_start_date and reporting_period.period_end_date
    union all
    select reporting_period.period, referrals.child_id, concat(referrals.partner, '_referral')
    from int_partner_referrals as referrals
    inner join reporting_period
        on referrals.created_date between reporting_period.period_start_date and reporting_period.period_end_date
),

-- Only the neglect-plan children's records count. They are tens of thousands a period at England size, so they
-- are broadcast and the partner records (millions) kept only where they match before being grouped: grouping
-- every partner child first shuffled them all for a join that kept the neglect-plan children alone.
neglect_child_records as (
    select /*+ broadcast(neglect_children) */ partner_records.*
    from partner_records
    left semi join neglect_children
        on partner_records.period = neglect_children.period
        and partner_records.child_id = neglect_children.child_id
),

child_records as (
    select
        period,
        child_id,
        count_if(partner_record = 'police_missing_episode') > 0 as has_police_missing_episode,
        count_if(partner_record = 'police_referral') > 0 as has_police_referral,
        count_if(partner_record = 'health_referral') > 0 as has_health_referral
    from neglect_child_records
    group by period, child_id
),

flagged as (
    select
        neglect_children.period,
        coalesce(child_records.has_police_missing_episode, false) as has_police_missing_episode,
        coalesce(child_records.has_police_referral, false) as has_police_referral,
        coalesce(child_records.has_health_referral, false) as has_health_referral
    from neglect_children
    left join child_records
        on child_records.period = neglect_children.period
        and child_records.child_id = neglect_children.child_id
),

-- Every count the headline and the partner records need, counted before the join that gives a period
-- without neglect-plan children its rows of zeros.
flag_counts as (
    select
        period,
        count(*) as neglect_children,
        count_if(has_police_missing_episode or has_police_referral or has_health_referral) as with_any_record,
        count_if(has_police_missing_episode) as with_police_missing_episode,
        count_if(has_police_referral) as with_police_referral,
        count_if(has_health_referral) as with_health_referral
    from flagged
    group by period
),

-- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join.
totals as (
    select /*+ broadcast(flag_counts) */
        reporting_period.period,
        coalesce(flag_counts.neglect_children, 0) as neglect_children,
        coalesce(flag_counts.with_any_record, 0) as with_any_record,
        coalesce(flag_counts.with_police_missing_episode, 0) as with_police_missing_episode,
        coalesce(flag_counts.with_police_referral, 0) as with_police_referral,
        coalesce(flag_counts.with_health_referral, 0) as with_health_referral
    from reporting_period
    left join flag_counts
        on flag_counts.period = reporting_period.period
),

-- The headline and each partner record in every period, all over the period's neglect-plan children,
-- from the one row of totals per period (one select, so the children are counted once).
counted as (
    select totals.period, records.*
    from totals
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all', 'numerator', with_any_record,
            'denominator', neglect_children),
        named_struct('breakdown', 'partner_record', 'breakdown_value', 'police_missing_episode',
            'numerator', with_police_missing_episode, 'denominator', neglect_children),
        named_struct('breakdown', 'partner_record', 'breakdown_value', 'police_referral',
            'numerator', with_police_referral, 'denominator', neglect_children),
        named_struct('breakdown', 'partner_record', 'breakdown_value', 'health_referral',
            'numerator', with_health_referral, 'denominator', neglect_children)
    )) records
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
