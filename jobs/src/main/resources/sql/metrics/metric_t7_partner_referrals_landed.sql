-- T7 Police and health referrals created in the period whose child has a children's services contact or
-- referral within the landing window (7 calendar days after creation by default; settings): % "landed"
-- (int_partner_referrals). Breakdowns: partner, concern.

with period as (
    select * from period
),

partner_referrals as (
    select * from int_partner_referrals
),

created_in_period as (
    select
        period.period,
        partner_referrals.partner,
        coalesce(partner_referrals.concern, 'unknown') as concern,
        partner_referrals.is_landed
    from partner_referrals
    inner join period
        on to_date(partner_referrals.created_at) between period.period_start_date and period.period_end_date
),

-- Each referral once under 'all' (the headline) and once under each breakdown. Each period adds one row under
-- 'all' that counts nothing (referral null), so a period without referrals still gets its headline of zeros
-- from the same aggregate: the referrals are counted once, where a headline joined to period after counting
-- would read them a second time.
counted_rows as (
    select
        created_in_period.period,
        dimensions.breakdown,
        dimensions.breakdown_value,
        1 as referral,
        created_in_period.is_landed
    from created_in_period
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all'),
        named_struct('breakdown', 'partner', 'breakdown_value', created_in_period.partner),
        named_struct('breakdown', 'concern', 'breakdown_value', created_in_period.concern)
    )) dimensions
    union all
    select period.period, 'all', 'all', cast(null as int), cast(null as boolean)
    from period
),

by_referral as (
    select
        period,
        breakdown,
        breakdown_value,
        count_if(is_landed) as numerator,
        count(referral) as denominator,
        percent_of(count_if(is_landed), count(referral)) as value,
        'percent' as unit
    from counted_rows
    group by period, breakdown, breakdown_value
),

final as (
    select 'T7' as metric_id, by_referral.*
    from by_referral
)

select * from final
