-- T2 Referrals to children's social care: CIN referrals (CINreferralDate) in the period, counted once per
-- episode (int_cin__referrals). Headline: referrals per 10,000 children aged 0-17 (population of the
-- period's population year). Breakdowns: share by source partner (police 6; health 3A-3F; education
-- 2A-2B; local authority 5A-5D; individuals 1A-1D; other 4, 7, 8, 9, 10: sql/functions/source_partner.sql),
-- and by age band at the referral, sex and ethnic group (shares of the period's referrals).

with period as (
    select * from period
),

referrals as (
    select * from int_cin__referrals
),

children as (
    select child_id, birth_month, sex, ethnicity from int_child_spine
),

population as (
    select period.period, coalesce(sum(population.population), 0) as children
    from period
    left join population
        on population.year = period.population_year
    group by period.period
),

referrals_in_period as (
    select
        period.period,
        referrals.child_id,
        referrals.referral_date,
        source_partner(referrals.referral_source) as source_partner,
        age_band(children.birth_month, referrals.referral_date) as age_band,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group
    from referrals
    inner join period
        on referrals.referral_date between period.period_start_date and period.period_end_date
    left join children
        on referrals.child_id = children.child_id
),

totals as (
    select period.period, count(referrals_in_period.period) as referrals
    from period
    left join referrals_in_period
        on referrals_in_period.period = period.period
    group by period.period
),

headline as (
    select
        totals.period,
        'all' as breakdown,
        'all' as breakdown_value,
        totals.referrals as numerator,
        population.children as denominator,
        rate_per_10000(totals.referrals, population.children) as value,
        'rate_per_10000' as unit
    from totals
    inner join population
        on population.period = totals.period
),

by_referral as (
    select
        referrals_in_period.period,
        dimensions.breakdown,
        dimensions.breakdown_value,
        count(*) as numerator,
        max(totals.referrals) as denominator,
        percent_of(count(*), max(totals.referrals)) as value,
        'percent' as unit
    from referrals_in_period
    inner join totals
        on totals.period = referrals_in_period.period
    lateral view inline(array(
        named_struct('breakdown', 'source_partner', 'breakdown_value', referrals_in_period.source_partner),
        named_struct('breakdown', 'age_band', 'breakdown_value', referrals_in_period.age_band),
        named_struct('breakdown', 'sex', 'breakdown_value', referrals_in_period.sex),
        named_struct('breakdown', 'ethnic_group', 'breakdown_value', referrals_in_period.ethnic_group)
    )) dimensions
    group by referrals_in_period.period, dimensions.breakdown, dimensions.breakdown_value
),

unioned as (
    select * from headline
    union all select * from by_referral
),

final as (
    select 'T2' as metric_id, unioned.*
    from unioned
)

select * from final
