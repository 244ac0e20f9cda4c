-- T3 re-referrals (metrics.md): referrals in the period where the same child had an earlier referral dated on or
-- after this referral's date minus 12 calendar months, looking back through every delivered year; % of referrals
-- in the period, overall and by source partner, age band at the referral, sex and ethnic group.
with referrals_in_period as (
    select r.child_id, r.referral_date, r.referral_source
    from int_cin__referrals r, period p
    where r.referral_date between p.period_start_date and p.period_end_date
),

flagged as (
    select
        source_partner(i.referral_source) as source_partner,
        age_band(c.birth_month, i.referral_date) as age_band,
        coalesce(c.sex, 'unknown') as sex,
        ethnic_group(c.ethnicity) as ethnic_group,
        exists (
            select 1 from int_cin__referrals e
            where e.child_id = i.child_id
              and e.referral_date < i.referral_date
              and e.referral_date >= i.referral_date - interval 12 month) as is_re_referral
    from referrals_in_period i
    left join int_child_spine c on c.child_id = i.child_id
),

headline as (
    select 'all' as breakdown, 'all' as breakdown_value,
        count(*) filter (where is_re_referral) as numerator, count(*) as denominator
    from flagged
),

breakdowns as (
    select breakdown, breakdown_value,
        count(*) filter (where is_re_referral) as numerator, count(*) as denominator
    from (unpivot flagged on source_partner, age_band, sex, ethnic_group
        into name breakdown value breakdown_value)
    group by breakdown, breakdown_value
),

counted as (
    select * from headline
    union all
    select * from breakdowns
)

select 'T3' as metric_id, breakdown, breakdown_value, numerator, denominator,
    percent_of(numerator, denominator) as value
from counted
