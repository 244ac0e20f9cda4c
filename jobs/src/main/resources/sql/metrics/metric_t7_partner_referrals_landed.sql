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

headline as (
    select
        period.period,
        'all' as breakdown,
        'all' as breakdown_value,
        count_if(created_in_period.is_landed) as numerator,
        count(created_in_period.period) as denominator,
        percent_of(count_if(created_in_period.is_landed), count(created_in_period.period)) as value,
        'percent' as unit
    from period
    left join created_in_period
        on created_in_period.period = period.period
    group by period.period
),

by_referral as (
    select
        created_in_period.period,
        dimensions.breakdown,
        dimensions.breakdown_value,
        count_if(created_in_period.is_landed) as numerator,
        count(*) as denominator,
        percent_of(count_if(created_in_period.is_landed), count(*)) as value,
        'percent' as unit
    from created_in_period
    lateral view inline(array(
        named_struct('breakdown', 'partner', 'breakdown_value', created_in_period.partner),
        named_struct('breakdown', 'concern', 'breakdown_value', created_in_period.concern)
    )) dimensions
    group by created_in_period.period, dimensions.breakdown, dimensions.breakdown_value
),

unioned as (
    select * from headline
    union all select * from by_referral
),

final as (
    select 'T7' as metric_id, unioned.*
    from unioned
)

select * from final
