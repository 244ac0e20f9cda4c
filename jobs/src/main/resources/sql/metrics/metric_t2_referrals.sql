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

-- Each referral once under 'all' (the headline) and once under each breakdown. Each period adds one row under
-- 'all' that counts nothing (referral null), so a period without referrals still gets its headline of zeros
-- from the same aggregate: the referrals are counted once, where a headline joined to period after counting
-- would read them a second time.
counted_rows as (
    select
        referrals_in_period.period,
        dimensions.breakdown,
        dimensions.breakdown_value,
        1 as referral
    from referrals_in_period
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all'),
        named_struct('breakdown', 'source_partner', 'breakdown_value', referrals_in_period.source_partner),
        named_struct('breakdown', 'age_band', 'breakdown_value', referrals_in_period.age_band),
        named_struct('breakdown', 'sex', 'breakdown_value', referrals_in_period.sex),
        named_struct('breakdown', 'ethnic_group', 'breakdown_value', referrals_in_period.ethnic_group)
    )) dimensions
    union all
    select period.period, 'all', 'all', cast(null as int)
    from period
),

counts as (
    select period, breakdown, breakdown_value, count(referral) as referrals
    from counted_rows
    group by period, breakdown, breakdown_value
),

-- Every referral has one value in each breakdown, so a breakdown's counts add up to the period's referrals,
-- the denominator of its shares.
with_period_referrals as (
    select
        counts.*,
        sum(counts.referrals) over (partition by counts.period, counts.breakdown) as period_referrals
    from counts
),

-- The headline is a rate per 10,000 children, the breakdowns shares of the period's referrals: one select
-- for both, so the referrals are counted once.
rated as (
    -- broadcast: the counts are a row per period and breakdown value; without the hint Spark shuffles both
    -- sides for a sort-merge join first
    select /*+ broadcast(with_period_referrals) */
        with_period_referrals.period,
        with_period_referrals.breakdown,
        with_period_referrals.breakdown_value,
        with_period_referrals.referrals as numerator,
        case
            when with_period_referrals.breakdown = 'all' then population.children
            else with_period_referrals.period_referrals
        end as denominator,
        case
            when with_period_referrals.breakdown = 'all'
                then rate_per_10000(with_period_referrals.referrals, population.children)
            else percent_of(with_period_referrals.referrals, with_period_referrals.period_referrals)
        end as value,
        case when with_period_referrals.breakdown = 'all' then 'rate_per_10000' else 'percent' end as unit
    from with_period_referrals
    inner join population
        on population.period = with_period_referrals.period
),

final as (
    select 'T2' as metric_id, rated.*
    from rated
)

select * from final
