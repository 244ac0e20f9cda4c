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

-- Each referral with the child's latest referral dated before it (the frame ends a day before its date),
-- looking back through every census year. An earlier referral within 12 months exists exactly when that
-- latest one is within 12 months, so one window over each child's referrals does what a join of each
-- referral with all the child's earlier ones did at the cost of two more reads of the referrals.
referral_history as (
    select
        referrals.*,
        max(referrals.referral_date) over (
            partition by referrals.child_id
            order by unix_date(referrals.referral_date)
            range between unbounded preceding and 1 preceding
        ) as previous_referral_date
    from referrals
),

referrals_in_period as (
    select period.period, referral_history.*
    from referral_history
    inner join period
        on referral_history.referral_date between period.period_start_date and period.period_end_date
),

flagged as (
    select
        referrals_in_period.period,
        source_partner(referrals_in_period.referral_source) as source_partner,
        age_band(children.birth_month, referrals_in_period.referral_date) as age_band,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group,
        coalesce(
            referrals_in_period.previous_referral_date >= add_months(referrals_in_period.referral_date, -12),
            false
        ) as is_re_referral
    from referrals_in_period
    left join children
        on referrals_in_period.child_id = children.child_id
),

-- Each referral once under 'all' (the headline) and once under each breakdown. Each period adds one row under
-- 'all' that counts nothing (is_re_referral null), so a period without referrals still gets its headline
-- of zeros from the same aggregate: the referrals are flagged and counted once, where a headline joined to
-- period after counting would read them a second time.
counted_rows as (
    select
        flagged.period,
        dimensions.breakdown,
        dimensions.breakdown_value,
        flagged.is_re_referral
    from flagged
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all'),
        named_struct('breakdown', 'source_partner', 'breakdown_value', flagged.source_partner),
        named_struct('breakdown', 'age_band', 'breakdown_value', flagged.age_band),
        named_struct('breakdown', 'sex', 'breakdown_value', flagged.sex),
        named_struct('breakdown', 'ethnic_group', 'breakdown_value', flagged.ethnic_group)
    )) dimensions
    union all
    select period.period, 'all', 'all', cast(null as boolean)
    from period
),

by_referral as (
    select
        period,
        breakdown,
        breakdown_value,
        count_if(is_re_referral) as numerator,
        count(is_re_referral) as denominator,
        percent_of(count_if(is_re_referral), count(is_re_referral)) as value,
        'percent' as unit
    from counted_rows
    group by period, breakdown, breakdown_value
),

final as (
    select 'T3' as metric_id, by_referral.*
    from by_referral
)

select * from final
