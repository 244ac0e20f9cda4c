-- T3 Re-referrals: referrals in the period where the same child had an earlier referral dated on or after
-- this referral's date minus 12 calendar months (statutory-facts.md §3), looking back through every
-- delivered census year (int_cin__referrals holds them all). % of referrals in the period.
-- Breakdowns: source partner of the referral, age band at the referral, sex, ethnic group.

with period as (
    select * from period
),

referrals as (
    select * from int_cin__referrals
),

children as (
    select child_id, birth_month, sex, ethnicity from int_child_spine
),

referrals_in_period as (
    select period.period, referrals.*
    from referrals
    inner join period
        on referrals.referral_date between period.period_start_date and period.period_end_date
),

re_referrals as (
    select distinct
        referrals_in_period.period,
        referrals_in_period.child_id,
        referrals_in_period.referral_date
    from referrals_in_period
    inner join referrals as earlier
        on earlier.child_id = referrals_in_period.child_id
        and earlier.referral_date < referrals_in_period.referral_date
        and earlier.referral_date >= add_months(referrals_in_period.referral_date, -12)
),

flagged as (
    select
        referrals_in_period.period,
        referrals_in_period.child_id,
        referrals_in_period.referral_date,
        source_partner(referrals_in_period.referral_source) as source_partner,
        age_band(children.birth_month, referrals_in_period.referral_date) as age_band,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group,
        re_referrals.child_id is not null as is_re_referral
    from referrals_in_period
    left join re_referrals
        on referrals_in_period.period = re_referrals.period
        and referrals_in_period.child_id = re_referrals.child_id
        and referrals_in_period.referral_date = re_referrals.referral_date
    left join children
        on referrals_in_period.child_id = children.child_id
),

headline as (
    select
        period.period,
        'all' as breakdown,
        'all' as breakdown_value,
        count_if(flagged.is_re_referral) as numerator,
        count(flagged.period) as denominator,
        percent_of(count_if(flagged.is_re_referral), count(flagged.period)) as value,
        'percent' as unit
    from period
    left join flagged
        on flagged.period = period.period
    group by period.period
),

by_referral as (
    select
        flagged.period,
        dimensions.breakdown,
        dimensions.breakdown_value,
        count_if(flagged.is_re_referral) as numerator,
        count(*) as denominator,
        percent_of(count_if(flagged.is_re_referral), count(*)) as value,
        'percent' as unit
    from flagged
    lateral view inline(array(
        named_struct('breakdown', 'source_partner', 'breakdown_value', flagged.source_partner),
        named_struct('breakdown', 'age_band', 'breakdown_value', flagged.age_band),
        named_struct('breakdown', 'sex', 'breakdown_value', flagged.sex),
        named_struct('breakdown', 'ethnic_group', 'breakdown_value', flagged.ethnic_group)
    )) dimensions
    group by flagged.period, dimensions.breakdown, dimensions.breakdown_value
),

unioned as (
    select * from headline
    union all select * from by_referral
),

final as (
    select 'T3' as metric_id, unioned.*
    from unioned
)

select * from final
